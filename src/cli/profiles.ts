import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Credentials } from '../client/index.js';
import { authError, CliError, EXIT } from './errors.js';

/**
 * Profiles: where the command sends its calls and with which credential. They live in
 * ~/.config/archgate/config.json (mode 0600, its folder 0700). Environment variables override the
 * profile field by field (see ENV below), so scripts and CI need no file at all.
 */
export interface Profile {
  endpoint: string;
  project_id?: string;
  workspace_id?: string;
  domain?: string;
  user_name?: string;
  user_id?: string;
  /** A token profile (archgate login). */
  token?: string;
  token_expires_at?: string;
  /** An AK/SK profile (archgate configure, or keys create --write-profile): every call is signed. */
  ak?: string;
  sk?: string;
  security_token?: string;
}

export interface ConfigFile {
  default_profile?: string;
  profiles: Record<string, Profile>;
}

/** The environment variables the command reads, in the order they are documented. */
export const ENV = {
  ARCHGATE_PROFILE: 'the profile to use (instead of --profile or "default")',
  ARCHGATE_ENDPOINT: 'the endpoint, e.g. http://127.0.0.1:8080 or https://dayu.{region}.myhuaweicloud.com',
  ARCHGATE_PROJECT_ID: 'the project id',
  ARCHGATE_WORKSPACE: 'the workspace id',
  ARCHGATE_TOKEN: "an IAM token (X-Auth-Token); wins over the profile's credential",
  ARCHGATE_AK: 'an access key (also HUAWEICLOUD_SDK_AK); with ARCHGATE_SK it signs every call',
  ARCHGATE_SK: 'its secret key (also HUAWEICLOUD_SDK_SK)',
  ARCHGATE_SECURITY_TOKEN: 'the security token of a temporary key (also HUAWEICLOUD_SDK_SECURITY_TOKEN)',
} as const;

export const configPath = () => join(process.env.ARCHGATE_CONFIG ?? join(homedir(), '.config', 'archgate', 'config.json'));

export function readConfigFile(): ConfigFile {
  const path = configPath();
  if (!existsSync(path)) return { profiles: {} };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as ConfigFile;
    return { ...parsed, profiles: parsed.profiles ?? {} };
  } catch (err) {
    throw new CliError(`${path} is not valid JSON (${(err as Error).message}); fix or remove it`, EXIT.USAGE);
  }
}

/** Writes the whole file atomically with mode 0600 (the folder 0700): it holds tokens and secret keys. */
export function writeConfigFile(cfg: ConfigFile): string {
  const path = configPath();
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(cfg, null, 2)}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
  return path;
}

export function profileName(flag?: string): string {
  return flag ?? process.env.ARCHGATE_PROFILE ?? readConfigFile().default_profile ?? 'default';
}

export function saveProfile(name: string, p: Profile): string {
  const cfg = readConfigFile();
  cfg.profiles[name] = p;
  cfg.default_profile ??= name;
  return writeConfigFile(cfg);
}

export interface Resolved {
  name: string;
  endpoint: string;
  projectId: string;
  workspaceId: string;
  credentials: Credentials;
  userName?: string;
  userId?: string;
  /** 'token' or 'aksk', for messages. */
  kind: 'token' | 'aksk';
}

const env = (...names: string[]) => names.map((n) => process.env[n]).find((v) => v !== undefined && v !== '');

/** The profile, with the environment's overrides, checked for what a call needs. */
export function resolveProfile(flag?: string, needs: { workspace?: boolean } = { workspace: true }): Resolved {
  const name = profileName(flag);
  const stored = readConfigFile().profiles[name];
  if (!stored && flag && !process.env.ARCHGATE_ENDPOINT)
    throw authError(`no profile named "${name}" in ${configPath()}; create it with archgate login --profile ${name}`);
  const p: Partial<Profile> = { ...(stored ?? {}) };
  const endpoint = env('ARCHGATE_ENDPOINT') ?? p.endpoint;
  const projectId = env('ARCHGATE_PROJECT_ID') ?? p.project_id;
  const workspaceId = env('ARCHGATE_WORKSPACE') ?? p.workspace_id;
  const token = env('ARCHGATE_TOKEN');
  const ak = env('ARCHGATE_AK', 'HUAWEICLOUD_SDK_AK');
  const sk = env('ARCHGATE_SK', 'HUAWEICLOUD_SDK_SK');
  const securityToken = env('ARCHGATE_SECURITY_TOKEN', 'HUAWEICLOUD_SDK_SECURITY_TOKEN');
  if (!endpoint) throw authError(`not logged in: no profile "${name}" in ${configPath()} and no ARCHGATE_ENDPOINT; run archgate login`);
  if (!projectId) throw authError(`profile "${name}" has no project id; run archgate login or set ARCHGATE_PROJECT_ID`);
  if (needs.workspace !== false && !workspaceId)
    throw authError(`profile "${name}" has no workspace id; run archgate login or set ARCHGATE_WORKSPACE`);
  let credentials: Credentials;
  let kind: Resolved['kind'];
  if (token) {
    credentials = { token };
    kind = 'token';
  } else if (ak && sk) {
    credentials = { ak, sk, projectId, ...(securityToken ? { securityToken } : {}) };
    kind = 'aksk';
  } else if (p.ak && p.sk) {
    credentials = { ak: p.ak, sk: p.sk, projectId, ...(p.security_token ? { securityToken: p.security_token } : {}) };
    kind = 'aksk';
  } else if (p.token) {
    credentials = { token: p.token };
    kind = 'token';
  } else throw authError(`profile "${name}" has no credential; run archgate login, or archgate configure --ak … --sk-stdin`);
  return { name, endpoint, projectId, workspaceId: workspaceId ?? '', credentials, kind, userName: p.user_name, userId: p.user_id };
}
