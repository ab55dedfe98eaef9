/** The server writes a scheduled batch's time in `logs` as "scheduled for <ISO time>". */
export function scheduledAt(logs: string | null | undefined): string | null {
  const m = /^scheduled for (.+)$/.exec(logs ?? '');
  if (!m) return null;
  const d = new Date(m[1]!);
  return Number.isNaN(d.getTime()) ? m[1]! : d.toLocaleString();
}
