import type { Command } from 'commander';
import { Api } from './http.js';
import { Output, type Format } from './output.js';
import { resolveProfile, type Resolved } from './profiles.js';

export interface Globals {
  profile?: string;
  output: Format;
  color: boolean;
}

/** What every command gets: the global options, the output, and (lazily) the profile and its API. */
export class Ctx {
  readonly out: Output;
  private resolved?: Resolved;
  private apiInstance?: Api;
  constructor(readonly globals: Globals) {
    this.out = new Output({ format: globals.output, color: globals.color });
  }
  get profile(): Resolved {
    this.resolved ??= resolveProfile(this.globals.profile);
    return this.resolved;
  }
  get api(): Api {
    const p = this.profile;
    this.apiInstance ??= new Api(p.endpoint, p.projectId, p.workspaceId, p.credentials);
    return this.apiInstance;
  }
}

/** Wraps an action: builds the Ctx from the command's options (global ones included); its answer is the exit code. */
export function act<A extends unknown[]>(fn: (ctx: Ctx, ...args: A) => Promise<unknown>) {
  return async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    const ctx = new Ctx(cmd.optsWithGlobals() as Globals);
    // Commander passes the positional arguments, then the command's own options, then the command.
    const code = await fn(ctx, ...([...args.slice(0, -2), args[args.length - 2]] as A));
    process.exitCode = typeof code === 'number' ? code : 0;
  };
}

/** The "Examples:" block every command's --help ends with. */
export const example = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

/** Splits "a,b c" lists given to --ids and the like. */
export const list = (v: string | string[] | undefined): string[] =>
  (Array.isArray(v) ? v : v ? [v] : []).flatMap((s) => s.split(/[\s,]+/)).filter(Boolean);

export const collect = (v: string, prev: string[] = []) => [...prev, v];

export const chunks = <T>(xs: T[], n: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};
