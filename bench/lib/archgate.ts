import { ensureServerBuilt, serverCommand } from '../../scripts/build-server.mjs';
import { spawnChild, stopChild, waitForLine, type Child } from './procs.js';
import { nodeStopping, watchNode } from './rss.js';

export const ADMIN_PASSWORD = 'bench-admin-password-1';
/** Nodes sharing one PostgreSQL must seal secrets with the same key; a fixed one keeps files out of the repo. */
export const SECRET_KEY = 'archgate-bench-secret-key-0123456789abcdef';

export interface Archgate {
  name: string;
  url: string;
  projectId: string;
  workspaceId: string;
  child: Child;
  stop(): Promise<void>;
}

export interface ArchgateOptions {
  name: string;
  /** ARCHGATE_DB */
  db: string;
  workerId: number;
  /** Core to pin the node to, or null. */
  core: number | null;
  /** Extra node flags (e.g. --cpu-prof), after those of `npm start`, so that one given again wins. */
  nodeArgs?: string[];
  /** Extra ARCHGATE_* settings (e.g. ARCHGATE_AUDIT=off), over the bench's own. */
  env?: Record<string, string>;
}

let built = false;

/**
 * Starts archgate as a real process, as `npm start` runs it (package.json's `start`: node and its settings,
 * the server compiled to build/, compiled here on the first start when src/ changed), on a free port
 * (ARCHGATE_PORT=0), throttling off, and reads the address, project and workspace from its banner.
 */
export async function startArchgate(o: ArchgateOptions): Promise<Archgate> {
  if (!built) {
    ensureServerBuilt();
    built = true;
  }
  // `node` is the bench's own Node, as npm's PATH would find it under `npm run bench`.
  const [cmd, ...args] = serverCommand().map((w) => (w === 'node' ? process.execPath : w));
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('ARCHGATE_')) env[k] = v;
  Object.assign(env, {
    ARCHGATE_DB: o.db,
    ARCHGATE_HOST: '127.0.0.1',
    ARCHGATE_PORT: '0',
    ARCHGATE_ADMIN_PASSWORD: ADMIN_PASSWORD,
    ARCHGATE_LOG_LEVEL: 'warn',
    ARCHGATE_RATE_LIMIT_QUERY: '0',
    ARCHGATE_RATE_LIMIT_WRITE: '0',
    ARCHGATE_WORKER_ID: String(o.workerId),
    ARCHGATE_SECRET_KEY: SECRET_KEY,
    ...o.env,
  });
  // Node's own flags (--cpu-prof, or --max-semi-space-size again) go after npm start's, before the script.
  const at = args.findIndex((w) => w.endsWith('.js'));
  if (at < 0) throw new Error(`npm start runs no script: ${args.join(' ')}`);
  const argv = [...args.slice(0, at), ...(o.nodeArgs ?? []), ...args.slice(at)];
  const child = spawnChild(o.name, cmd!, argv, env, o.core);
  watchNode(o.name, child.proc.pid);
  try {
    const [, url] = await waitForLine(child, /archgate listening on (http:\/\/\S+)/, 120000);
    const [, projectId] = await waitForLine(child, /project id:\s+([0-9a-f]{32})/, 5000);
    const [, workspaceId] = await waitForLine(child, /workspace id:\s+([0-9a-f]{32})/, 5000);
    const stop = () => {
      nodeStopping(o.name);
      return stopChild(child);
    };
    return { name: o.name, url: url!, projectId: projectId!, workspaceId: workspaceId!, child, stop };
  } catch (err) {
    nodeStopping(o.name);
    await stopChild(child, 2000);
    throw err;
  }
}
