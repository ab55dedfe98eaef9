import cliProgress from 'cli-progress';

/**
 * Everything the command writes: tables for people, one JSON document for scripts, and the decorative
 * parts (progress bars, colour) only when stdout is a terminal. Nothing decorative reaches a pipe.
 */
export type Format = 'table' | 'json';

export interface OutputOptions {
  format: Format;
  color?: boolean;
}

const ANSI = { bold: '1', red: '31', green: '32', yellow: '33', dim: '2', cyan: '36' } as const;
type Style = keyof typeof ANSI;

export class Output {
  readonly format: Format;
  readonly tty: boolean;
  readonly color: boolean;
  constructor(
    o: OutputOptions,
    private readonly out: NodeJS.WriteStream = process.stdout,
    private readonly err: NodeJS.WriteStream = process.stderr,
  ) {
    this.format = o.format;
    this.tty = Boolean(out.isTTY);
    // NO_COLOR (https://no-color.org): present and not empty turns colour off.
    const noColor = (process.env.NO_COLOR ?? '') !== '';
    this.color = this.tty && !noColor && o.color !== false && this.format === 'table';
  }

  get json() {
    return this.format === 'json';
  }

  /** Progress bars: only on a terminal, and never with --output json. */
  get progress() {
    return this.tty && Boolean(this.err.isTTY) && !this.json;
  }

  paint(style: Style, text: string): string {
    return this.color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text;
  }

  /** Colours an operation or approval status. */
  status(s: string | null | undefined): string {
    const v = s ?? '';
    if (/^(SUCCESS|APPROVED|PUBLISHED|PASSED)$/.test(v)) return this.paint('green', v);
    if (/^(FAILED|REJECT|REJECTED)$/.test(v)) return this.paint('red', v);
    if (/^(RUNNING|DEVELOPING|PUBLISH_DEVELOPING|OFFLINE_DEVELOPING)$/.test(v)) return this.paint('yellow', v);
    return v;
  }

  line(text = '') {
    this.out.write(`${text}\n`);
  }

  /** A note for people (stderr), e.g. "3 objects skipped"; never part of the JSON document. */
  note(text: string) {
    if (!this.json) this.err.write(`${text}\n`);
  }

  /** The one JSON document of a command run with --output json. */
  document(doc: unknown) {
    this.out.write(`${JSON.stringify(doc, null, 2)}\n`);
  }

  /** A table with a header row; columns are padded to their widest cell (colour codes not counted). */
  table(headers: string[], rows: (string | number | null | undefined)[][]) {
    const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes take no width
    const visible = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '').length;
    const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => visible(r[i] ?? ''))));
    const fmt = (r: string[]) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - visible(c))))
        .join('  ')
        .trimEnd();
    this.line(this.paint('bold', fmt(headers)));
    for (const r of cells) this.line(fmt(r));
  }

  /** Two columns: label and value. */
  pairs(rows: [string, string | number | null | undefined][]) {
    const w = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows) this.line(`${this.paint('bold', `${k}:`.padEnd(w + 1))} ${v ?? ''}`);
  }

  /** A progress bar with items per second and an ETA, or a no-op off a terminal. */
  bar(total: number, unit: string): Bar {
    if (!this.progress) return { increment() {}, update() {}, setTotal() {}, stop() {} };
    const started = Date.now();
    const bar = new cliProgress.SingleBar(
      {
        stream: this.err,
        format: `{bar} {percentage}% | {value}/{total} ${unit} | {speed} ${unit}/s | ETA {eta_formatted}`,
        barCompleteChar: '\u2588',
        barIncompleteChar: '\u2591',
        hideCursor: true,
        etaBuffer: 50,
        fps: 10,
      },
      cliProgress.Presets.shades_classic,
    );
    const speed = (v: number) => {
      const s = (Date.now() - started) / 1000;
      return s > 0 ? Math.round(v / s) : 0;
    };
    let value = 0;
    bar.start(total, 0, { speed: 0 });
    return {
      increment(n = 1) {
        value += n;
        bar.update(value, { speed: speed(value) });
      },
      update(v: number) {
        value = v;
        bar.update(v, { speed: speed(v) });
      },
      setTotal(t: number) {
        bar.setTotal(t);
      },
      stop() {
        bar.stop();
      },
    };
  }
}

export interface Bar {
  increment(n?: number): void;
  update(value: number): void;
  setTotal(total: number): void;
  stop(): void;
}

export const elapsed = (ms: number) => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);
