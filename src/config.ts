import { hasAmbiguousPassword, redactUrl } from './config-redact.js';
import { NotificationConfigError, readNotificationSettings, type NotificationSettings } from './notify-config.js';

/** Everything archgate reads from the environment, in one place, with its default. */
export interface Config extends NotificationSettings {
  /** `ci`: a throw-away stand-in for the cloud in a CI job (ARCHGATE_MODE=ci, `archgate serve --ci`); see CI_DEFAULTS. */
  mode: 'server' | 'ci';
  db: string;
  host: string;
  port: number;
  tz: string;
  domain: string;
  adminUser: string;
  adminPassword: string | undefined;
  projectId: string | undefined;
  projectName: string;
  workspaceId: string | undefined;
  workspaceName: string;
  workspaceMode: 'simple' | 'enterprise';
  workerId: number | undefined;
  logLevel: string;
  /** Key material for sealing secret keys; when unset, a generated key file is used. */
  secretKey: string | undefined;
  secretKeyFile: string | undefined;
  /** Requests per user, per API, per minute: queries (GET) and writes. 0 turns the limit off. */
  rateLimitQuery: number;
  rateLimitWrite: number;
  /**
   * Password lockout, the cloud's "Account Lockout" setting: this many failed verifications of one user
   * within the window lock it for the lockout time. The source limit counts failures from one client
   * address across users. 0 turns a limit off.
   */
  loginMaxFailures: number;
  loginSourceMaxFailures: number;
  loginFailureWindowMin: number;
  loginLockoutMin: number;
  /** `test` turns on the advanceable test clock and its endpoint. */
  clock: 'system' | 'test';
  schedulerPollMs: number;
  /** GET /metrics: on the main port (`on`, the default), `off`, or on a listener of its own. */
  metrics: MetricsSetting;
  /** The audit trail; `ARCHGATE_AUDIT=off` turns it off, for measuring its cost only. */
  audit: boolean;
  /** Audit records older than this many days are pruned; undefined keeps them forever. */
  auditRetentionDays: number | undefined;
}

export type MetricsSetting = { serve: 'main' } | { serve: 'off' } | { serve: 'own'; host: string; port: number };

export class ConfigError extends Error {}

/** ARCHGATE_METRICS: unset or `on`, `off`, or `host:port` (`[::1]:9464` for an IPv6 host; port 0 picks a free one). */
function metricsSetting(v: string | undefined): MetricsSetting {
  if (v === undefined || v === '' || v === 'on') return { serve: 'main' };
  if (v === 'off') return { serve: 'off' };
  const m = /^(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9.-]+)):(\d{1,5})$/.exec(v);
  const port = Number(m?.[3]);
  if (!m || port > 65535) throw new ConfigError(`ARCHGATE_METRICS must be on, off or host:port, not ${v}`);
  return { serve: 'own', host: (m[1] ?? m[2])!, port };
}

/** A PostgreSQL URL a driver would misread must be refused here: it would take a piece of the password for the host. */
function checkDbUrl(url: string): void {
  if (!/^postgres(ql)?:\/\//i.test(url)) return;
  if (hasAmbiguousPassword(url)) {
    throw new ConfigError(
      `ARCHGATE_DB (${redactUrl(url)}) has an '@' after its host part: percent-encode the password's special characters ('/' as %2F, '?' as %3F, '#' as %23, '@' as %40)`,
    );
  }
}

const HEX32 = /^[0-9a-f]{32}$/;

/**
 * What ARCHGATE_MODE=ci changes when the environment does not say otherwise: a store that lives as long
 * as the process, no throttling and no lockout (a test suite calls fast and tries wrong passwords), the
 * test clock, and a fixed, well-known identity, so that a CI job and `archgate env` know the ids and the
 * password without reading a banner. A throw-away stand-in: the password is public on purpose. The domain
 * and user ids are fixed too, so that the admin's tokens outlive POST /archgate/v1/reset.
 */
export const CI_DEFAULTS = {
  db: 'sqlite::memory:',
  projectId: 'ac100000000000000000000000000001',
  workspaceId: 'ac100000000000000000000000000002',
  domainId: 'ac100000000000000000000000000003',
  adminUserId: 'ac100000000000000000000000000004',
  adminPassword: 'archgate-ci-password',
} as const;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const runMode = env.ARCHGATE_MODE || 'server';
  if (runMode !== 'server' && runMode !== 'ci') throw new ConfigError(`ARCHGATE_MODE must be server or ci, not ${runMode}`);
  const ci = runMode === 'ci';
  const mode = env.ARCHGATE_WORKSPACE_MODE ?? 'simple';
  if (mode !== 'simple' && mode !== 'enterprise') {
    throw new ConfigError(`ARCHGATE_WORKSPACE_MODE must be simple or enterprise, not ${mode}`);
  }
  for (const name of ['ARCHGATE_PROJECT_ID', 'ARCHGATE_WORKSPACE_ID'] as const) {
    const v = env[name];
    if (v !== undefined && !HEX32.test(v)) throw new ConfigError(`${name} must be 32 lowercase hex characters`);
  }
  const port = Number(env.ARCHGATE_PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError('ARCHGATE_PORT must be a port number');
  const workerId = env.ARCHGATE_WORKER_ID === undefined ? undefined : Number(env.ARCHGATE_WORKER_ID);
  if (workerId !== undefined && !(Number.isInteger(workerId) && workerId >= 0 && workerId < 1024)) {
    throw new ConfigError('ARCHGATE_WORKER_ID must be an integer from 0 to 1023');
  }
  const tz = env.ARCHGATE_TZ ?? 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
  } catch {
    throw new ConfigError(`ARCHGATE_TZ is not a known time zone: ${tz}; set it to an IANA name such as UTC or Asia/Shanghai`);
  }
  const rate = (name: string, dflt: number) => {
    const v = Number(env[name] ?? dflt);
    if (!Number.isInteger(v) || v < 0) throw new ConfigError(`${name} must be a whole number (0 turns the limit off)`);
    return v;
  };
  const minutes = (name: string, dflt: number) => {
    const v = Number(env[name] ?? dflt);
    if (!Number.isInteger(v) || v < 1) throw new ConfigError(`${name} must be a whole number of minutes, at least 1`);
    return v;
  };
  const failures = (name: string, dflt: number) => {
    const v = Number(env[name] ?? dflt);
    if (!Number.isInteger(v) || v < 0) throw new ConfigError(`${name} must be a whole number of failures (0 turns the lockout off)`);
    return v;
  };
  const clock = env.ARCHGATE_CLOCK ?? (ci ? 'test' : 'system');
  if (clock !== 'system' && clock !== 'test') throw new ConfigError(`ARCHGATE_CLOCK must be system or test, not ${clock}`);
  const poll = Number(env.ARCHGATE_SCHEDULER_POLL_MS ?? 1000);
  if (!Number.isInteger(poll) || poll < 10)
    throw new ConfigError('ARCHGATE_SCHEDULER_POLL_MS must be a whole number of milliseconds, at least 10');
  const db = env.ARCHGATE_DB ?? (ci ? CI_DEFAULTS.db : 'sqlite:./data/archgate.db');
  checkDbUrl(db);
  const audit = env.ARCHGATE_AUDIT ?? 'on';
  if (audit !== 'on' && audit !== 'off') throw new ConfigError(`ARCHGATE_AUDIT must be on or off, not ${audit}`);
  const retention = env.ARCHGATE_AUDIT_RETENTION_DAYS || undefined;
  if (retention !== undefined && !(Number.isInteger(Number(retention)) && Number(retention) >= 1))
    throw new ConfigError('ARCHGATE_AUDIT_RETENTION_DAYS must be a whole number of days, at least 1 (unset keeps records forever)');
  return {
    mode: runMode,
    db,
    host: env.ARCHGATE_HOST ?? '127.0.0.1',
    port,
    tz,
    domain: env.ARCHGATE_DOMAIN ?? 'archgate',
    adminUser: env.ARCHGATE_ADMIN_USER ?? 'admin',
    adminPassword: env.ARCHGATE_ADMIN_PASSWORD || (ci ? CI_DEFAULTS.adminPassword : undefined),
    projectId: env.ARCHGATE_PROJECT_ID ?? (ci ? CI_DEFAULTS.projectId : undefined),
    projectName: env.ARCHGATE_PROJECT_NAME ?? 'archgate',
    workspaceId: env.ARCHGATE_WORKSPACE_ID ?? (ci ? CI_DEFAULTS.workspaceId : undefined),
    workspaceName: env.ARCHGATE_WORKSPACE_NAME ?? 'default',
    workspaceMode: mode,
    workerId,
    logLevel: env.ARCHGATE_LOG_LEVEL ?? 'info',
    secretKey: env.ARCHGATE_SECRET_KEY || undefined,
    secretKeyFile: env.ARCHGATE_SECRET_KEY_FILE || undefined,
    rateLimitQuery: rate('ARCHGATE_RATE_LIMIT_QUERY', ci ? 0 : 240),
    rateLimitWrite: rate('ARCHGATE_RATE_LIMIT_WRITE', ci ? 0 : 120),
    loginMaxFailures: failures('ARCHGATE_LOGIN_MAX_FAILURES', ci ? 0 : 5),
    loginSourceMaxFailures: failures('ARCHGATE_LOGIN_SOURCE_MAX_FAILURES', ci ? 0 : 20),
    loginFailureWindowMin: minutes('ARCHGATE_LOGIN_FAILURE_WINDOW_MIN', 15),
    loginLockoutMin: minutes('ARCHGATE_LOGIN_LOCKOUT_MIN', 15),
    clock,
    schedulerPollMs: poll,
    metrics: metricsSetting(env.ARCHGATE_METRICS),
    audit: audit === 'on',
    auditRetentionDays: retention === undefined ? undefined : Number(retention),
    ...notificationSettings(env, port),
  };
}

function notificationSettings(env: NodeJS.ProcessEnv, port: number): NotificationSettings {
  try {
    return readNotificationSettings(env, port);
  } catch (err) {
    throw err instanceof NotificationConfigError ? new ConfigError(err.message) : err;
  }
}
