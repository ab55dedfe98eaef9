import { createHash, randomBytes } from 'node:crypto';

/** IAM tokens are opaque here: a random string whose SHA-256 is what the store keeps. */
export const TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export function newToken(): string {
  // The cloud's tokens are long base64 blobs starting "MII"; clients treat them as opaque.
  return `MII${randomBytes(96).toString('base64url')}`;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
