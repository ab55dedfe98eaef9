/** Progress lines: on standard output, before the closing JSON line. */
export type Log = (line: string) => void;

export function makeLog(): Log {
  const t0 = performance.now();
  return (line) => process.stdout.write(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${line}\n`);
}
