import { execFileSync } from 'node:child_process';
import { consoleBuildReason, ensureConsoleBuilt } from '../../scripts/console-build.mjs';
import type { Api } from './api.js';
import { ADMIN_PASSWORD } from './archgate.js';
import { measureConsoleInbox } from './console-inbox.js';
import type { Log } from './log.js';

/**
 * Whether console_inbox_ms can be measured in this run: chromium on the PATH (Debian's package, as the
 * browser tests use) and the console built, building it now when it is missing or stale. Called before
 * anything is measured, as a build takes both cores. Answers why not, or null.
 */
export function prepareConsole(log: Log): string | null {
  try {
    execFileSync('which', ['chromium'], { stdio: 'ignore' });
  } catch {
    return 'chromium is not installed (apt-get install chromium)';
  }
  try {
    const reason = consoleBuildReason();
    if (reason) {
      log(`building the console (${reason})`);
      ensureConsoleBuilt({ log });
    }
    return null;
  } catch (err) {
    return `the console could not be built: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
  }
}

/**
 * console_inbox_ms (issue 13): Pending Review's first page in a real browser, against the list node, whose
 * seeded applications name its admin as approver. Never fails the run: a missing browser or a failed
 * measurement is logged with its reason and the figure left out.
 */
export async function consoleInboxFigure(
  api: Api,
  rows: number,
  runs: number,
  skip: string | null,
  log: Log,
): Promise<Record<string, number>> {
  if (skip) {
    log(`console: console_inbox_ms not measured: ${skip}`);
    return {};
  }
  try {
    const r = await measureConsoleInbox({
      url: api.node.url,
      domain: 'archgate',
      user: 'admin',
      password: ADMIN_PASSWORD,
      projectId: api.node.projectId,
      workspaceId: api.node.workspaceId,
      runs,
      timeoutMs: 30_000,
    });
    log(
      `console: Pending Review's first page over ${rows} applications: ${r.samplesMs.join(', ')} ms (first with a cold cache; the page shows a total of ${r.rows})`,
    );
    return { console_inbox_ms: r.medianMs };
  } catch (err) {
    log(`console: console_inbox_ms not measured: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    return {};
  }
}
