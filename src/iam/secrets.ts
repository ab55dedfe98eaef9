import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Secret keys (SKs) are kept encrypted with AES-256-GCM under a key that never enters the store. The key
 * comes from ARCHGATE_SECRET_KEY, or from a file beside the database that the first start writes with
 * mode 0600. Several nodes on one PostgreSQL must share ARCHGATE_SECRET_KEY.
 */
export class SecretBox {
  private constructor(private readonly key: Buffer) {}

  /** Any string is accepted as the key material; it is hashed to 32 bytes. */
  static fromMaterial(material: string): SecretBox {
    return new SecretBox(createHash('sha256').update(material, 'utf8').digest());
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.key, iv);
    const enc = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
    return `v1.${iv.toString('base64')}.${c.getAuthTag().toString('base64')}.${enc.toString('base64')}`;
  }

  open(sealed: string): string {
    const [v, iv, tag, enc] = sealed.split('.');
    if (v !== 'v1' || !iv || !tag || enc === undefined) throw new Error('not a sealed secret');
    const d = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    d.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([d.update(Buffer.from(enc, 'base64')), d.final()]).toString('utf8');
  }
}

/** Where the generated key lives: beside a SQLite file, else under ./data (PostgreSQL, or memory). */
export function keyFileFor(dbUrl: string): string | null {
  if (dbUrl === 'sqlite::memory:') return null;
  if (dbUrl.startsWith('sqlite:')) return join(dirname(dbUrl.slice('sqlite:'.length)), 'archgate.key');
  return join('data', 'archgate.key');
}

export function loadSecretBox(configured: string | undefined, dbUrl: string, keyFile: string | undefined): SecretBox {
  if (configured) return SecretBox.fromMaterial(configured);
  const file = keyFile ?? keyFileFor(dbUrl);
  // An in-memory store keeps its secrets only as long as the process; so does its key.
  if (file === null) return SecretBox.fromMaterial(randomBytes(32).toString('base64'));
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
  return SecretBox.fromMaterial(readFileSync(file, 'utf8').trim());
}
