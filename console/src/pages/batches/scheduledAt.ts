/**
 * The server writes a scheduled batch's time in `logs` as "scheduled for <ISO time>": that time, written by
 * `format` (the chosen language's), or null when the batch is not scheduled.
 */
export function scheduledAt(logs: string | null | undefined, format: (iso: string) => string): string | null {
  const m = /^scheduled for (.+)$/.exec(logs ?? '');
  return m ? format(m[1]!) : null;
}
