import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config.js';
import { redactText, redactUrl } from '../src/config-redact.js';
import { ENGINES } from './helpers/server.js';
import { adminClient, killAll, launch, launchFailing, processDbUrl, stop } from './helpers/processes.js';

afterAll(killAll);

/** Passwords as people paste them: printable ASCII, rich in the characters that end parts of a URL. */
const secret = fc
  .array(
    fc.oneof(
      fc.constantFrom('@', ':', '/', '%', '?', '#', '&', '='),
      fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
    ),
    { minLength: 12, maxLength: 24 },
  )
  .map((chars) => chars.join(''));

/** A password in a URL, written raw (as pasted) or percent-encoded (as documented). */
const inUrl = (password: string, encoded: boolean) => (encoded ? encodeURIComponent(password) : password);

/** Every form of the secret that must not be printed, and every 8-character piece of it. */
function leaks(output: string, password: string): string[] {
  let decoded = password;
  try {
    decoded = decodeURIComponent(password);
  } catch {
    /* not percent-encoded text */
  }
  const pieces = new Set<string>();
  for (const s of [password, decoded, encodeURIComponent(password)]) {
    for (let i = 0; i + 8 <= s.length; i++) pieces.add(s.slice(i, i + 8));
  }
  return [...pieces].filter((p) => output.includes(p));
}

describe('redaction of settings', () => {
  it("shows no piece of a PostgreSQL URL's password, raw or encoded, in its printed form, a refusal or a masked text", () => {
    fc.assert(
      fc.property(secret, secret, fc.boolean(), fc.constantFrom('postgres', 'postgresql'), (password, other, encoded, scheme) => {
        const url = `${scheme}://admin:${inUrl(password, encoded)}@127.0.0.1:1/archgate?sslmode=disable&password=${encodeURIComponent(other)}`;
        const env = { ARCHGATE_DB: url };
        expect(leaks(redactUrl(url), password)).toEqual([]);
        expect(leaks(redactUrl(url), other)).toEqual([]);
        try {
          expect(readConfig(env).db).toBe(url);
        } catch (err) {
          expect(err).toBeInstanceOf(ConfigError);
          expect(leaks((err as Error).message, password)).toEqual([]);
        }
        const masked = redactText(`connecting to ${url} with ${password} (${encodeURIComponent(password)}), ${other}`, env);
        expect(leaks(masked, password)).toEqual([]);
        expect(leaks(masked, other)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps what is not secret in the printed form of a URL', () => {
    expect(redactUrl('postgresql://app:p@ss:w%2Frd@db.example:5433/archgate?sslmode=require&password=x')).toBe(
      'postgresql://app:***@db.example:5433/archgate?sslmode=require&***',
    );
    expect(redactUrl('sqlite:./data/archgate.db')).toBe('sqlite:./data/archgate.db');
    expect(redactUrl('postgres://app:se/cret@db.example/archgate')).toBe('postgres://***');
  });
});

describe('a process that cannot start prints no secret', () => {
  // Each run starts a real archgate (about a second each): few runs, each with several secrets.
  it("on an unreachable PostgreSQL: one line, without the URL's password, the sealing key or the admin password", async () => {
    await fc.assert(
      fc.asyncProperty(secret, secret, secret, fc.boolean(), async (dbPassword, key, adminPassword, encoded) => {
        const { code, output } = await launchFailing({
          ARCHGATE_DB: `postgres://admin:${inUrl(dbPassword, encoded)}@127.0.0.1:1/archgate`,
          ARCHGATE_SECRET_KEY: key,
          ARCHGATE_ADMIN_PASSWORD: adminPassword,
        });
        expect(code).toBe(1);
        expect(output).toMatch(/^archgate: [^\n]+\n$/);
        for (const s of [dbPassword, key, adminPassword]) expect(leaks(output, s)).toEqual([]);
      }),
      { numRuns: 4 },
    );
  });

  it('on an invalid ARCHGATE_DB: one line, without the password it holds', async () => {
    const invalid = (p: string) => [`mysql://admin:${p}@127.0.0.1/archgate`, p, `postgres://admin:${p}@127.0.0.1:notaport/archgate`];
    await fc.assert(
      fc.asyncProperty(secret, fc.integer({ min: 0, max: 2 }), async (password, form) => {
        const { code, output } = await launchFailing({ ARCHGATE_DB: invalid(password)[form]! });
        expect(code).toBe(1);
        expect(output).toMatch(/^archgate: [^\n]+\n$/);
        expect(leaks(output, password)).toEqual([]);
      }),
      { numRuns: 3 },
    );
  });
});

/** A PostgreSQL database reached as a role whose password is `password`. */
async function databaseWithPassword(password: string): Promise<{ url: string; shown: string }> {
  const base = inject('pgUrl');
  const name = `ag_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: `${base}/postgres` });
  await client.connect();
  await client.query(`CREATE ROLE ${name} LOGIN PASSWORD '${password.replaceAll("'", "''")}'`);
  await client.query(`CREATE DATABASE ${name} OWNER ${name}`);
  await client.end();
  const hostPort = new URL(base).host;
  // '@' and ':' stay raw, as people paste them; the characters that would end the host part are encoded.
  const written = password.replace(/[/?#%]/g, (c) => encodeURIComponent(c));
  return { url: `postgres://${name}:${written}@${hostPort}/${name}`, shown: `postgres://${name}:***@${hostPort}/${name}` };
}

describe.each(ENGINES)('a running archgate prints no secret (%s)', (engine) => {
  it('shows the store without its password, and logs no password, key, token or secret key', async () => {
    const [dbPassword, key, adminPassword] = fc.sample(
      secret.filter((s) => s.includes('@') && s.includes(':')),
      3,
    );
    const db = engine === 'sqlite' ? { url: await processDbUrl(engine, 'ag-redact'), shown: '' } : await databaseWithPassword(dbPassword!);
    const node = await launch({
      ARCHGATE_DB: db.url,
      ARCHGATE_SECRET_KEY: key!,
      ARCHGATE_ADMIN_PASSWORD: adminPassword!,
      ARCHGATE_LOG_LEVEL: 'info',
    });
    expect(node.output()).toContain(`store:        ${db.shown || db.url}\n`);
    const admin = await adminClient(node, adminPassword);
    const credential = await admin.call('POST', '/v3.0/OS-CREDENTIAL/credentials', { body: { credential: { user_id: admin.adminId } } });
    expect(credential.status).toBe(201);
    expect((await admin.call('GET', '/v2/{p}/design/approvals')).status).toBe(200);
    expect(await stop(node)).toBe(0);
    const output = node.output();
    // The requests were logged, headers and all.
    expect(output).toContain('"x-auth-token":"[Redacted]"');
    for (const s of [dbPassword!, key!, adminPassword!, admin.token, credential.body.credential.secret])
      expect(leaks(output, s)).toEqual([]);
  });
});
