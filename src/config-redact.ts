/**
 * The one place that decides what of a setting may be printed. The banner, every start-up error and the
 * logger go through here, so that no password or key reaches a terminal, a log file or a support ticket.
 */

const MASK = '***';

/** Query parameters of a PostgreSQL URL whose values are not secret; any other value is masked. */
const PLAIN_PARAMS = new Set(['sslmode', 'application_name', 'connect_timeout', 'host', 'port', 'user', 'dbname', 'ssl', 'options']);

/** Environment variables whose whole value is secret. */
const SECRET_NAME = /PASSWORD|SECRET|TOKEN|_KEY$|_PASS$/;

/** Request and response fields the logger must never write (pino redact paths). */
export const LOG_REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-auth-token"]',
  'req.headers["x-security-token"]',
  'req.headers["x-subject-token"]',
  'res.headers["x-subject-token"]',
  'res.headers["set-cookie"]',
  'req.body.auth.identity.password.user.password',
  'req.body.password',
  'req.body.user.password',
  'req.body.user.original_password',
  'req.body.credential.secret',
  'res.body.credential.secret',
];

interface UrlParts {
  scheme: string;
  userinfo: string | undefined;
  rest: string;
}

/**
 * Splits `scheme://[userinfo@]host…` where a URL parser would, or answers undefined when the text is no
 * such URL. `ambiguous` is set when an '@' stands after the host part: a password holding a raw '/', '?'
 * or '#' ends the host early, and a driver would take a piece of the password for the host name.
 */
function splitUrl(url: string): (UrlParts & { ambiguous: boolean }) | undefined {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(url);
  if (!m) return undefined;
  const body = url.slice(m[0].length);
  const authorityEnd = body.search(/[/?#]/);
  const authority = authorityEnd < 0 ? body : body.slice(0, authorityEnd);
  const rest = authorityEnd < 0 ? '' : body.slice(authorityEnd);
  const at = authority.lastIndexOf('@');
  return {
    scheme: m[1]!.toLowerCase(),
    userinfo: at < 0 ? undefined : authority.slice(0, at),
    rest: at < 0 ? body : authority.slice(at + 1) + rest,
    ambiguous: rest.includes('@'),
  };
}

/** True when a PostgreSQL URL's password holds a raw character that ends the host part early. */
export function hasAmbiguousPassword(url: string): boolean {
  return splitUrl(url)?.ambiguous ?? false;
}

/**
 * A database (or any) URL as it may be printed: the user name, host, port and database stay; the
 * password and secret query values become ***. A SQLite URL is a path and is shown whole; text that is
 * not a URL, or whose host cannot be told from its password, shows only its scheme.
 */
export function redactUrl(url: string): string {
  if (url.startsWith('sqlite:')) return url;
  const parts = splitUrl(url);
  if (!parts) return MASK;
  if (parts.ambiguous) return `${parts.scheme}://${MASK}`;
  let user = '';
  if (parts.userinfo !== undefined) {
    const colon = parts.userinfo.indexOf(':');
    user = colon < 0 ? `${parts.userinfo}@` : `${parts.userinfo.slice(0, colon)}:${MASK}@`;
  }
  const hash = parts.rest.indexOf('#');
  const noHash = hash < 0 ? parts.rest : parts.rest.slice(0, hash);
  const q = noHash.indexOf('?');
  if (q < 0) return `${parts.scheme}://${user}${noHash}`;
  const params = noHash
    .slice(q + 1)
    .split('&')
    .filter(Boolean)
    .map((p) => {
      const eq = p.indexOf('=');
      const name = eq < 0 ? p : p.slice(0, eq);
      return PLAIN_PARAMS.has(name) ? p : MASK;
    });
  return `${parts.scheme}://${user}${noHash.slice(0, q)}?${params.join('&')}`;
}

/** Every secret an environment holds: whole values of secret settings, and passwords inside URLs. */
function secretsOf(env: NodeJS.ProcessEnv): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('ARCHGATE_') || !value) continue;
    if (SECRET_NAME.test(name) && !name.endsWith('_FILE')) found.push(value);
    const parts = splitUrl(value);
    if (!parts) continue;
    if (parts.ambiguous) {
      // Where the password ends cannot be known: everything between the scheme and the last '@' is secret.
      const region = value.slice(parts.scheme.length + 3, value.lastIndexOf('@'));
      found.push(region, region.slice(region.indexOf(':') + 1));
    } else if (parts.userinfo?.includes(':')) {
      found.push(parts.userinfo.slice(parts.userinfo.indexOf(':') + 1));
    }
    for (const p of parts.rest.split(/[?&#]/).slice(1)) {
      const eq = p.indexOf('=');
      if (eq > 0 && !PLAIN_PARAMS.has(p.slice(0, eq))) found.push(p.slice(eq + 1));
    }
  }
  const decoded = found.flatMap((s) => {
    try {
      return [s, decodeURIComponent(s), encodeURIComponent(s)];
    } catch {
      return [s, encodeURIComponent(s)];
    }
  });
  // Three characters or fewer would blot out ordinary words; such a value protects nothing anyway.
  return [...new Set(decoded)].filter((s) => s.length > 3);
}

/**
 * Last line of defence for text about to be printed (an error from a driver, a stack): every secret of
 * the environment, as given, percent-decoded or percent-encoded, becomes ***.
 */
export function redactText(text: string, env: NodeJS.ProcessEnv = process.env): string {
  // Every occurrence is found in the original text before any is masked: secrets may overlap, and masking
  // one first would break the other's occurrence and leave its remainder readable.
  const hidden = new Array<boolean>(text.length).fill(false);
  for (const s of secretsOf(env)) {
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) hidden.fill(true, at, at + s.length);
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (!hidden[i]) out += text[i];
    else if (i === 0 || !hidden[i - 1]) out += MASK;
  }
  return out;
}
