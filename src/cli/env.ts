import type { Command } from 'commander';
import { CI_DEFAULTS } from '../config.js';
import { act, example, type Ctx } from './context.js';
import { authError, usage } from './errors.js';
import { Api, unreachable, type Wire } from './http.js';
import { readConfigFile, resolveProfile } from './profiles.js';

/** One POSIX shell word: single quotes, with each ' written as '\'' (the only character they cannot hold). */
export const shellQuote = (v: string) => `'${v.replaceAll("'", `'\\''`)}'`;

/** The cloud's own endpoints have an IAM endpoint of their own; archgate serves IAM on its one port. */
const isCloud = (endpoint: string) => /\.myhuaweicloud\.(com|cn)(:\d+)?(\/|$)/.test(endpoint);

/** Waits until GET /health/ready answers 200, for a server started a moment ago in the same CI job. */
async function waitReady(endpoint: string, seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    try {
      if ((await fetch(`${endpoint}/health/ready`)).ok) return;
    } catch (err) {
      if (Date.now() >= until) throw unreachable(endpoint, err);
    }
    if (Date.now() >= until) throw unreachable(endpoint, new Error('not ready'));
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A CI stand-in (ARCHGATE_MODE=ci): its ids and password are the fixed ones, or what this job's
 * environment set for the server too. A password login gives a fresh token.
 */
async function fromStandIn(endpoint: string): Promise<{ projectId: string; workspace: string; token: string; userId: string }> {
  const env = process.env;
  const projectId = env.ARCHGATE_PROJECT_ID || CI_DEFAULTS.projectId;
  const workspace = env.ARCHGATE_WORKSPACE_ID || env.ARCHGATE_WORKSPACE || CI_DEFAULTS.workspaceId;
  const r = await new Api(endpoint, projectId, '').call('POST', '/v3/auth/tokens', {
    workspace: false,
    body: {
      auth: {
        identity: {
          methods: ['password'],
          password: {
            user: {
              name: env.ARCHGATE_ADMIN_USER || 'admin',
              password: env.ARCHGATE_ADMIN_PASSWORD || CI_DEFAULTS.adminPassword,
              domain: { name: env.ARCHGATE_DOMAIN || 'archgate' },
            },
          },
        },
        scope: { project: { id: projectId } },
      },
    },
  });
  const token = r.headers.get('x-subject-token');
  if (!token) throw usage('the server answered without X-Subject-Token');
  const t: Wire = r.body.token;
  return { projectId, workspace, token, userId: t.user.id };
}

/** The current profile (with the environment's overrides): its token, or its access key. */
function fromProfile(ctx: Ctx): { endpoint: string; vars: Record<string, string> } {
  const p = resolveProfile(ctx.globals.profile);
  const c = p.credentials;
  const vars: Record<string, string> = {};
  if ('token' in c) {
    const stored = readConfigFile().profiles[p.name];
    const expires = stored?.token === c.token ? stored.token_expires_at : undefined;
    if (expires && Date.parse(expires) <= Date.now())
      throw authError(`the token of profile "${p.name}" expired at ${expires}; run archgate login`);
    vars.ARCHGATE_TOKEN = c.token;
  } else {
    vars.HUAWEICLOUD_SDK_AK = c.ak;
    vars.HUAWEICLOUD_SDK_SK = c.sk;
    if (c.securityToken) vars.HUAWEICLOUD_SDK_SECURITY_TOKEN = c.securityToken;
  }
  if (p.userId && 'token' in c) vars.ARCHGATE_USER_ID = p.userId;
  return { endpoint: p.endpoint, vars: { ARCHGATE_PROJECT_ID: p.projectId, ARCHGATE_WORKSPACE: p.workspaceId, ...vars } };
}

export function registerEnv(program: Command) {
  program
    .command('env')
    .description(
      'print `export NAME=value` lines for eval "$(archgate env)": the endpoint, project, workspace and a credential, for archgate, curl and the Huawei Cloud SDKs',
    )
    .option(
      '--endpoint <url>',
      'a CI stand-in (archgate serve --ci) at this address: log in with its fixed ids and password for a fresh token',
    )
    .option('--wait <seconds>', 'with --endpoint: wait this long for the server to be ready (a job that has just started it)', '0')
    .addHelpText(
      'after',
      `${example(
        'eval "$(archgate env)"',
        'archgate serve --ci --port 8080 &',
        'eval "$(archgate env --endpoint http://127.0.0.1:8080 --wait 30)"',
        'curl -s -H "X-Auth-Token: $ARCHGATE_TOKEN" -H "workspace: $ARCHGATE_WORKSPACE" "$ARCHGATE_ENDPOINT/v2/$ARCHGATE_PROJECT_ID/design/approvals"',
      )}
Printed: ARCHGATE_ENDPOINT, ARCHGATE_PROJECT_ID, ARCHGATE_WORKSPACE, and ARCHGATE_TOKEN with ARCHGATE_USER_ID
(a token profile, or a stand-in) or HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (an AK/SK profile); then
HUAWEICLOUD_SDK_PROJECT_ID, and HUAWEICLOUD_SDK_IAM_ENDPOINT unless the endpoint is the cloud's. With
--endpoint, the stand-in's ids and password are ARCHGATE_PROJECT_ID, ARCHGATE_WORKSPACE_ID and
ARCHGATE_ADMIN_PASSWORD when this environment sets them (as it does for the server), else the fixed ones.
`,
    )
    .action(
      act(async (ctx, o: { endpoint?: string; wait: string }) => {
        const wait = Number(o.wait);
        if (!Number.isFinite(wait) || wait < 0) throw usage(`--wait takes a number of seconds, not ${o.wait}`);
        let endpoint: string;
        let vars: Record<string, string>;
        if (o.endpoint) {
          endpoint = o.endpoint.replace(/\/+$/, '');
          if (wait > 0) await waitReady(endpoint, wait);
          const s = await fromStandIn(endpoint);
          vars = { ARCHGATE_PROJECT_ID: s.projectId, ARCHGATE_WORKSPACE: s.workspace, ARCHGATE_TOKEN: s.token, ARCHGATE_USER_ID: s.userId };
        } else {
          if (wait > 0) throw usage('--wait goes with --endpoint');
          ({ endpoint, vars } = fromProfile(ctx));
        }
        const all: Record<string, string> = {
          ARCHGATE_ENDPOINT: endpoint,
          ...vars,
          HUAWEICLOUD_SDK_PROJECT_ID: vars.ARCHGATE_PROJECT_ID!,
          ...(isCloud(endpoint) ? {} : { HUAWEICLOUD_SDK_IAM_ENDPOINT: endpoint }),
        };
        if (ctx.out.json) return ctx.out.document(all);
        for (const [k, v] of Object.entries(all)) ctx.out.line(`export ${k}=${shellQuote(v)}`);
      }),
    );
}
