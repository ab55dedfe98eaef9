import { randomUUID } from 'node:crypto';
import { DomainError } from '../domain/errors.js';
import { isoUtc } from '../domain/time.js';
import type { BizType } from '../domain/enums.js';
import { getObject, type Reference } from '../store/objects.js';
import type { Caller, Services } from '../services.js';
import type { ObjectInput } from './objects.js';

/**
 * Table models (TABLE_MODEL objects): the body is kept as sent, with attributes normalised, so that
 * what a client wrote comes back unchanged (the Terraform provider compares every field it sent).
 */
export type TableModelBody = Record<string, unknown> & {
  id?: string | null;
  model_id: string;
  tb_name: string;
  logic_tb_name: string;
  dw_type: string;
  description: string;
  attributes: (Record<string, unknown> | null)[];
  biz_catalog_id?: string | null;
};

/** Derived from the column type, as the cloud shows it (read-only on the wire). */
export function domainTypeOf(dataType: unknown): string {
  const t = String(dataType ?? '').toUpperCase();
  if (/^(TINYINT|SMALLINT|INT|INTEGER|BIGINT|DECIMAL|NUMERIC|DOUBLE|FLOAT|REAL|NUMBER)/.test(t)) return 'NUMBER';
  if (/^(STRING|VARCHAR|CHAR|TEXT|NVARCHAR|CLOB)/.test(t)) return 'STRING';
  if (/^(DATE|TIME|TIMESTAMP|DATETIME)/.test(t)) return 'DATETIME';
  if (/^(BLOB|BINARY|BYTEA|VARBINARY)/.test(t)) return 'BLOB';
  return 'OTHER';
}

const ATTR_FLAGS = ['is_primary_key', 'is_partition_key', 'is_foreign_key', 'extend_field', 'not_null'] as const;

/**
 * The Terraform provider sends arrays with leading nulls and `ordinal` as a string; attributes keep
 * their id across updates when the client sends it back.
 */
function normaliseAttributes(s: Services, caller: Caller, raw: unknown, previous: Record<string, unknown>[], now: string) {
  if (!Array.isArray(raw)) throw new DomainError('INVALID_PARAMETER', { detail: 'attributes must be an array' });
  const byId = new Map(previous.map((a) => [String(a.id), a]));
  const attrs = raw.filter((a): a is Record<string, unknown> => a !== null && typeof a === 'object');
  return attrs
    .map((a, i) => {
      for (const k of ['name_en', 'name_ch', 'data_type'] as const) {
        if (typeof a[k] !== 'string' || a[k] === '')
          throw new DomainError('INVALID_PARAMETER', { detail: `attributes[${i}].${k} is required` });
      }
      if (!/^[a-zA-Z0-9_]*$/.test(a.name_en as string))
        throw new DomainError('INVALID_PARAMETER', { detail: `attributes[${i}].name_en must match ^[a-zA-Z0-9_]*$` });
      const old = a.id !== undefined && a.id !== null ? byId.get(String(a.id)) : undefined;
      const ordinal = a.ordinal === undefined || a.ordinal === null || a.ordinal === '' ? i + 1 : Number(a.ordinal);
      if (!Number.isInteger(ordinal)) throw new DomainError('INVALID_PARAMETER', { detail: `attributes[${i}].ordinal must be an integer` });
      const out: Record<string, unknown> = {
        ...a,
        id: old ? old.id : s.ids.next(),
        ordinal,
        table_model_id: null,
        domain_type: domainTypeOf(a.data_type),
        create_by: old?.create_by ?? caller.userName,
        update_by: caller.userName,
        create_time: old?.create_time ?? now,
        update_time: now,
      };
      for (const f of ATTR_FLAGS) out[f] = a[f] === true;
      return out;
    })
    .sort((x, y) => (x.ordinal as number) - (y.ordinal as number));
}

/**
 * What a table model uses: its subject (biz_catalog_id, or the l1/l2/l3 directory ids) and, per
 * attribute, the data standard (stand_row_id) and code table (code_table_id) it follows.
 */
function referencesOf(b: TableModelBody, attributes: Record<string, unknown>[]) {
  const refs = new Map<string, Reference>();
  const add = (biz_type: BizType, id: unknown) => {
    if (typeof id === 'string' && /^[0-9]{1,19}$/.test(id) && !refs.has(id)) refs.set(id, { biz_type, biz_id: id });
  };
  for (const k of ['biz_catalog_id', 'l1_id', 'l2_id', 'l3_id']) add('SUBJECT', b[k]);
  for (const a of attributes) {
    add('STANDARD_ELEMENT', a.stand_row_id);
    add('CODE_TABLE', a.code_table_id);
  }
  return [...refs.values()];
}

/** The object a table model is kept as; its model must exist, and `previous` is its payload before an update. */
export async function tableModelInput(
  s: Services,
  caller: Caller,
  b: TableModelBody,
  previous: Record<string, unknown> | undefined,
): Promise<ObjectInput> {
  if (!(await getObject(s.store.db, caller.tenant, b.model_id, 'MODEL'))) throw new DomainError('MODEL_NOT_FOUND', { id: b.model_id });
  const now = isoUtc(s.clock.now());
  const attributes = normaliseAttributes(s, caller, b.attributes, (previous?.attributes as Record<string, unknown>[]) ?? [], now);
  const { id: _id, ...rest } = b;
  const payload: Record<string, unknown> = {
    ...rest,
    attributes,
    relations: Array.isArray(b.relations) ? (b.relations as unknown[]).filter((x) => x !== null) : (b.relations ?? null),
    mappings: Array.isArray(b.mappings) ? (b.mappings as unknown[]).filter((x) => x !== null) : (b.mappings ?? null),
    logic_tb_guid: previous?.logic_tb_guid ?? randomUUID(),
  };
  return {
    biz_type: 'TABLE_MODEL',
    name_en: b.tb_name,
    name_ch: b.logic_tb_name,
    code: (b.code as string | undefined) ?? null,
    description: b.description,
    parent_id: null,
    references: referencesOf(b, attributes),
    biz_info: payload,
  };
}
