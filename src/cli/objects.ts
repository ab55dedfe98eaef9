import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Option, type Command } from 'commander';
import { BIZ_STATUSES, BIZ_TYPES } from '../domain/enums.js';
import { act, chunks, example, type Ctx } from './context.js';
import { CliError, EXIT, usage } from './errors.js';
import { readAll, type Wire } from './http.js';
import { elapsed } from './output.js';

/** The columns of an import file: CSV header names, or JSON-lines keys. Only biz_type and name_en are required. */
export const IMPORT_COLUMNS = {
  biz_type: 'one of the 40 business types, e.g. TABLE_MODEL (required)',
  name_en: 'the English name (required); with biz_type, what a re-run uses to skip objects already registered',
  name_ch: 'the Chinese name',
  code: 'the code',
  description: 'a description',
  parent_id: 'the id of the parent object',
  references: 'objects it uses: JSON lines take [{"biz_type","biz_id"}], CSV takes TYPE:ID separated by ";"',
  biz_info: 'free JSON about the object (a JSON text in a CSV cell)',
} as const;

interface Row {
  line: number;
  object: Record<string, unknown> | null;
  error?: string;
}

/** RFC 4180 CSV: quoted fields may hold commas, line breaks and doubled quotes. Answers records with their first line number. */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let line = 1;
  let start = 1;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      any = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      any = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (any || field !== '') {
        fields.push(field);
        records.push({ line: start, fields });
      }
      fields = [];
      field = '';
      any = false;
      line++;
      start = line;
    } else {
      field += c;
      any = true;
    }
  }
  if (any || field !== '') {
    fields.push(field);
    records.push({ line: start, fields });
  }
  return records;
}

const KNOWN = new Set(Object.keys(IMPORT_COLUMNS));
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

function checkObject(o: Record<string, unknown>): string | undefined {
  for (const k of Object.keys(o)) if (!KNOWN.has(k)) return `unknown column "${k}" (valid: ${[...KNOWN].join(', ')})`;
  if (!(BIZ_TYPES as readonly string[]).includes(String(o.biz_type ?? '')))
    return `biz_type "${o.biz_type ?? ''}" is not a business type (e.g. TABLE_MODEL, SUBJECT, CODE_TABLE)`;
  if (typeof o.name_en !== 'string' || o.name_en.trim() === '') return 'name_en is empty';
  for (const k of ['name_en', 'name_ch', 'code', 'parent_id'] as const) {
    const v = o[k];
    if (v !== undefined && (typeof v !== 'string' || CONTROL.test(v))) return `${k} must be text without control characters`;
  }
  return undefined;
}

export function parseImport(text: string, format: 'csv' | 'jsonl'): Row[] {
  if (format === 'jsonl') {
    return text
      .split('\n')
      .map((l, i) => ({ l: l.trim(), line: i + 1 }))
      .filter((x) => x.l !== '')
      .map(({ l, line }) => {
        let o: unknown;
        try {
          o = JSON.parse(l);
        } catch (err) {
          return { line, object: null, error: `not JSON: ${(err as Error).message}` };
        }
        if (!o || typeof o !== 'object' || Array.isArray(o)) return { line, object: null, error: 'not a JSON object' };
        const error = checkObject(o as Record<string, unknown>);
        return { line, object: o as Record<string, unknown>, error };
      });
  }
  const records = parseCsv(text);
  const header = records.shift();
  if (!header) return [];
  const cols = header.fields.map((h) => h.trim());
  const missing = ['biz_type', 'name_en'].filter((c) => !cols.includes(c));
  if (missing.length)
    throw usage(`line ${header.line}: the CSV header lacks ${missing.join(' and ')} (columns: ${Object.keys(IMPORT_COLUMNS).join(', ')})`);
  return records.map(({ line, fields }) => {
    if (fields.length !== cols.length) return { line, object: null, error: `${fields.length} fields where the header has ${cols.length}` };
    const o: Record<string, unknown> = {};
    try {
      cols.forEach((c, i) => {
        const v = fields[i]!;
        if (v === '') return;
        if (c === 'references')
          o.references = v
            .split(';')
            .filter(Boolean)
            .map((ref) => {
              const [biz_type, biz_id] = ref.split(':');
              return { biz_type, biz_id };
            });
        else if (c === 'biz_info') o.biz_info = JSON.parse(v);
        else o[c] = v;
      });
    } catch (err) {
      return { line, object: null, error: `biz_info is not JSON: ${(err as Error).message}` };
    }
    return { line, object: o, error: checkObject(o) };
  });
}

const key = (o: Record<string, unknown>) => `${o.biz_type}\u0000${o.name_en}`;

async function runImport(ctx: Ctx, file: string, o: { format?: 'csv' | 'jsonl'; chunkSize: string }) {
  const size = Number(o.chunkSize);
  if (!Number.isInteger(size) || size < 1 || size > 10_000) throw usage('--chunk-size must be an integer from 1 to 10000');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw usage(`cannot read ${file}: ${(err as Error).message}`);
  }
  const format =
    o.format ??
    (['.jsonl', '.ndjson', '.json'].includes(extname(file).toLowerCase())
      ? 'jsonl'
      : extname(file).toLowerCase() === '.csv'
        ? 'csv'
        : text.trimStart().startsWith('{')
          ? 'jsonl'
          : 'csv');
  const rows = parseImport(text, format);
  const started = Date.now();
  const api = ctx.api;

  // What is already registered, by type and name: a re-run skips it.
  const types = [
    ...new Set(
      rows.map((r) => r.object?.biz_type).filter((t): t is string => typeof t === 'string' && (BIZ_TYPES as readonly string[]).includes(t)),
    ),
  ];
  const existing = new Set<string>();
  for (const t of types) {
    for (const rec of await readAll(api, '/archgate/v1/{project_id}/objects', { biz_type: t }, 1000))
      existing.add(`${rec.biz_type}\u0000${rec.name_en}`);
  }

  const bar = ctx.out.bar(rows.length, 'objects');
  const failures: { line: number; error: string }[] = [];
  const skipped: { line: number; biz_type: string; name_en: string }[] = [];
  let registered = 0;
  let failedRows = 0;
  let failedChunks = 0;
  const parts = chunks(rows, size);
  try {
    for (const [i, part] of parts.entries()) {
      const bad = part.filter((r) => r.error);
      if (bad.length) {
        // A bad row spoils its chunk: nothing of it is sent.
        failedChunks++;
        failedRows += part.length;
        for (const b of bad) failures.push({ line: b.line, error: b.error! });
        failures.push({
          line: part[0]!.line,
          error: `chunk ${i + 1} (lines ${part[0]!.line}–${part[part.length - 1]!.line}) not imported because of ${bad.length} bad row${bad.length > 1 ? 's' : ''}`,
        });
        bar.increment(part.length);
        continue;
      }
      const send: Record<string, unknown>[] = [];
      for (const r of part) {
        const k = key(r.object!);
        if (existing.has(k)) skipped.push({ line: r.line, biz_type: String(r.object!.biz_type), name_en: String(r.object!.name_en) });
        else {
          existing.add(k);
          send.push(r.object!);
        }
      }
      if (send.length) {
        try {
          const r = await api.call('POST', '/archgate/v1/{project_id}/objects', { body: { objects: send } });
          registered += r.body.data.value.records.length;
        } catch (err) {
          if (err instanceof CliError && (err.exitCode === EXIT.AUTH || err.exitCode === EXIT.UNREACHABLE)) throw err;
          failedChunks++;
          failedRows += send.length;
          for (const r of part) existing.delete(key(r.object!));
          failures.push({
            line: part[0]!.line,
            error: `chunk ${i + 1} (lines ${part[0]!.line}–${part[part.length - 1]!.line}) refused: ${(err as Error).message}`,
          });
        }
      }
      bar.increment(part.length);
    }
  } finally {
    bar.stop();
  }
  const ms = Date.now() - started;
  const summary = {
    file,
    format,
    rows: rows.length,
    registered,
    skipped: skipped.length,
    failed: failedRows,
    chunks: parts.length,
    failed_chunks: failedChunks,
    elapsed_ms: ms,
    per_second: ms ? Math.round((registered * 1000) / ms) : registered,
  };
  if (ctx.out.json) {
    ctx.out.document({ ...summary, failures, skipped_objects: skipped });
  } else {
    for (const f of failures) ctx.out.line(`${ctx.out.paint('red', 'error')} line ${f.line}: ${f.error}`);
    if (skipped.length) {
      ctx.out.line(
        `${skipped.length} already registered, skipped: ${skipped
          .slice(0, 5)
          .map((s) => `${s.biz_type} ${s.name_en}`)
          .join(', ')}${skipped.length > 5 ? `, and ${skipped.length - 5} more` : ''}`,
      );
    }
    ctx.out.table(
      ['ROWS', 'REGISTERED', 'SKIPPED', 'FAILED', 'CHUNKS', 'TIME', 'OBJECTS/S'],
      [
        [
          rows.length,
          registered,
          skipped.length,
          failedRows ? ctx.out.paint('red', String(failedRows)) : 0,
          parts.length,
          elapsed(ms),
          summary.per_second,
        ],
      ],
    );
  }
  return failedRows ? EXIT.PARTIAL : EXIT.OK;
}

export function registerObjects(program: Command) {
  const objects = program
    .command('objects')
    .description('register and list architecture objects (archgate extension)')
    .addHelpText('after', example('archgate objects import models.csv', 'archgate objects list --biz-type TABLE_MODEL --status DRAFT'));

  objects
    .command('import')
    .argument('<file>', 'a CSV file with a header row, or JSON lines (one object per line)')
    .description(
      `register the objects of a file, in chunks, with a progress bar. A re-run skips the objects already registered (same biz_type and name_en) and reports them. A bad row names its line, and nothing of its chunk is imported.\n\nColumns:\n${Object.entries(
        IMPORT_COLUMNS,
      )
        .map(([k, v]) => `  ${k.padEnd(12)} ${v}`)
        .join('\n')}`,
    )
    .addOption(new Option('--format <format>', "the file's format (default: from its extension, .csv or .jsonl)").choices(['csv', 'jsonl']))
    .option('--chunk-size <n>', 'objects per request (1 to 10000)', '5000')
    .addHelpText(
      'after',
      example(
        'archgate objects import models.csv',
        'archgate objects import objects.jsonl --chunk-size 1000 --output json',
        "printf 'biz_type,name_en,name_ch\\nTABLE_MODEL,orders,订单\\n' > one.csv && archgate objects import one.csv",
      ),
    )
    .action(act((ctx, file: string, o: { format?: 'csv' | 'jsonl'; chunkSize: string }) => runImport(ctx, file, o)));

  objects
    .command('list')
    .description('list objects, filtered')
    .addOption(new Option('--biz-type <type>', 'only this business type').choices(BIZ_TYPES))
    .addOption(new Option('--status <status>', 'only this status').choices(BIZ_STATUSES))
    .option('--name <text>', 'name_en, name_ch or code contains this text')
    .option('--limit <n>', 'at most this many (1 to 1000)', '50')
    .option('--offset <n>', 'skip this many', '0')
    .option('--all', 'every match, page after page')
    .addHelpText(
      'after',
      example(
        'archgate objects list --biz-type TABLE_MODEL --status PUBLISHED --name orders',
        'archgate objects list --all --output json | jq length',
      ),
    )
    .action(
      act(async (ctx, o: { bizType?: string; status?: string; name?: string; limit: string; offset: string; all?: boolean }) => {
        const query = { biz_type: o.bizType, status: o.status, name: o.name };
        let records: Wire[];
        let total: number;
        if (o.all) {
          records = await readAll(ctx.api, '/archgate/v1/{project_id}/objects', query, 1000);
          total = records.length;
        } else {
          const r = await ctx.api.call('GET', '/archgate/v1/{project_id}/objects', {
            query: { ...query, limit: Number(o.limit), offset: Number(o.offset) },
          });
          records = r.body.data.value.records;
          total = r.body.data.value.total;
        }
        if (ctx.out.json) return ctx.out.document({ total, records });
        ctx.out.table(
          ['ID', 'TYPE', 'NAME', 'STATUS', 'UPDATED'],
          records.map((r) => [r.id, r.biz_type, r.name_en, ctx.out.status(r.status), r.update_time]),
        );
        ctx.out.note(`${records.length} of ${total}`);
      }),
    );
}
