import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fsCause, makeFolder } from '../folders.js';

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

  opens(sealed: string): boolean {
    try {
      this.open(sealed);
      return true;
    } catch {
      return false;
    }
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

/** The key does not belong to the store: starting would answer 500 to every stored access key. */
export class SecretKeyError extends Error {}

const WAY_OUT = 'set ARCHGATE_SECRET_KEY or ARCHGATE_SECRET_KEY_FILE to the key that sealed them';

/**
 * The sealing key for a store. `sealedSample` is one secret the store holds sealed (undefined when it holds
 * none): a missing key file is generated only for a store without sealed secrets, and a key that does not
 * open the sample is refused, naming where it came from, instead of answering 500 to every access key.
 */
export function loadSecretBox(
  configured: string | undefined,
  dbUrl: string,
  keyFile: string | undefined,
  sealedSample: string | undefined,
): SecretBox {
  let box: SecretBox;
  let source: string;
  if (configured) {
    box = SecretBox.fromMaterial(configured);
    source = 'ARCHGATE_SECRET_KEY';
  } else {
    const file = keyFile ?? keyFileFor(dbUrl);
    // An in-memory store keeps its secrets only as long as the process; so does its key.
    if (file === null) return SecretBox.fromMaterial(randomBytes(32).toString('base64'));
    const path = resolve(file);
    if (!existsSync(path)) {
      if (sealedSample !== undefined) {
        throw new SecretKeyError(
          `the sealing key file ${path} is missing and the store holds secrets sealed with it: restore the file, or ${WAY_OUT}`,
        );
      }
      try {
        makeFolder(dirname(path));
        writeFileSync(path, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
      } catch (err) {
        // Another node starting beside this one wrote it first: use theirs.
        if (!(err instanceof Error && 'code' in err && err.code === 'EEXIST')) {
          throw new SecretKeyError(
            `cannot write the sealing key file ${path} (${fsCause(err)}): set ARCHGATE_SECRET_KEY_FILE to a path archgate can write, or set ARCHGATE_SECRET_KEY`,
          );
        }
      }
    }
    chmodSync(path, 0o600);
    box = SecretBox.fromMaterial(readFileSync(path, 'utf8').trim());
    source = `the key file ${path}`;
  }
  if (sealedSample !== undefined && !box.opens(sealedSample)) {
    throw new SecretKeyError(`the sealing key in ${source} does not open the secrets sealed in the store: ${WAY_OUT}`);
  }
  return box;
}
