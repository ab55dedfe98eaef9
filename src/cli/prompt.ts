import { createInterface } from 'node:readline';
import { usage } from './errors.js';

/** Questions on the terminal. Off a terminal nothing is asked: the flag that answers it is required. */
export const interactive = () => Boolean(process.stdin.isTTY);

export async function ask(question: string, fallback: string | undefined, flag: string): Promise<string> {
  if (!interactive()) {
    if (fallback !== undefined) return fallback;
    throw usage(`${flag} is required when standard input is not a terminal`);
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await new Promise<string>((resolve) => rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `, resolve));
  rl.close();
  return answer.trim() || fallback || '';
}

/** Reads a secret without echoing it. */
export async function askHidden(question: string, flag: string): Promise<string> {
  if (!interactive()) throw usage(`${flag} is required when standard input is not a terminal`);
  process.stderr.write(`${question}: `);
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          return resolve(value);
        }
        if (ch === '\u0003') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          return reject(usage('cancelled'));
        }
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** All of standard input, without its final line break (for --password-stdin, --sk-stdin). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Yes or no on a terminal; `--yes` answers yes; off a terminal without --yes it is a usage error. */
export async function confirm(question: string, yes: boolean | undefined): Promise<boolean> {
  if (yes) return true;
  if (!interactive()) throw usage(`${question} Refusing without --yes, as standard input is not a terminal`);
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await new Promise<string>((resolve) => rl.question(`${question} [y/N] `, resolve));
  rl.close();
  return /^y(es)?$/i.test(answer.trim());
}
