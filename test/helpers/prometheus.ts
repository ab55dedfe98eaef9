/** A sample's value in Prometheus' text format (0 when absent): `name` and exactly these labels. */
export function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const want = Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .sort()
    .join(',');
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got =
      (m[2] ?? '')
        .match(/[a-zA-Z_]+="[^"]*"/g)
        ?.sort()
        .join(',') ?? '';
    if (got === want) return Number(m[3]);
  }
  return 0;
}
