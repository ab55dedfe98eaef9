import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signature of a webhook delivery, the scheme GitHub uses (X-Hub-Signature-256): `sha256=` and the
 * hex HMAC-SHA256 of the raw body under the webhook's secret.
 */
export const SIGNATURE_HEADER = 'x-archgate-signature-256';
export const TIMESTAMP_HEADER = 'x-archgate-timestamp';
export const EVENT_ID_HEADER = 'x-archgate-event-id';
export const EVENT_HEADER = 'x-archgate-event';
export const DELIVERY_HEADER = 'x-archgate-delivery';

export const signBody = (secret: string, body: string): string => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** What a receiver does: compare in constant time. */
export function verifySignature(secret: string, body: string, header: string | undefined): boolean {
  const want = Buffer.from(signBody(secret, body));
  const got = Buffer.from(header ?? '');
  return got.length === want.length && timingSafeEqual(got, want);
}
