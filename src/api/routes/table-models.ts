import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type, { type Static } from 'typebox';
import { DomainError } from '../../domain/errors.js';
import { rfc3339InZone } from '../../domain/time.js';
import { allOfType, getEdit, getEdits, getObject, type EditRow, type ObjectRow } from '../../store/objects.js';
import type { Caller, Services } from '../../services.js';
import { roundOffset } from '../../domain/paging.js';
import { deleteObjects } from '../../usecases/objects.js';
import { chainOf, withAncestors } from '../../usecases/subjects.js';
import { createTableModel, updateTableModel, type TableModelBody } from '../../usecases/table-models.js';
import { callerOf } from '../authenticate.js';
import { parseStored } from '../wire/bounds.js';
import { ok, toEditVO } from '../present.js';
import { BIZ_STATUSES } from '../../domain/enums.js';
import { Envelope, Limit, MultiLine, Nullable, Offset, ProjectParams, WorkspaceHeaders, errorResponses } from '../wire/common.js';
import { IdsBody } from '../wire/subjects.js';

const PATH = '/v2/:project_id/design/table-model';
const tags = ['Table models'];

export const TableModelAttributeVO = Type.Object({
  id: Type.Optional(Nullable(Type.Union([Type.String(), Type.Integer()]))),
  name_en: Type.String({ maxLength: 600 }),
  name_ch: Type.String({ maxLength: 200 }),
  data_type: Type.String(),
  description: Type.Optional(Nullable(MultiLine({ maxLength: 600 }))),
  ordinal: Type.Optional(Nullable(Type.Union([Type.Integer(), Type.String()]))),
}, { additionalProperties: true });

/** TableModelVO as a request: the documented required fields; every other documented field is kept as sent. */
export const TableModelVO = Type.Object({
  id: Type.Optional(Nullable(Type.String())),
  model_id: Type.String({ pattern: '^[0-9]{1,19}$' }),
  tb_name: Type.String({ minLength: 1, maxLength: 400, pattern: '^[a-zA-Z_{}$][0-9a-zA-Z_{}$]*$' }),
  logic_tb_name: Type.String({ minLength: 1, maxLength: 200 }),
  description: MultiLine({ maxLength: 600 }),
  dw_type: Type.String({ minLength: 1 }),
  attributes: Type.Array(Nullable(TableModelAttributeVO), { maxItems: 5000 }),
  biz_catalog_id: Type.Optional(Nullable(Type.String({ pattern: '^[0-9]{0,19}$' }))),
}, { additionalProperties: true, 'x-free-json': { maxDepth: 32, maxBytes: 4 * 1024 * 1024 }, description: 'fields beyond these are kept as sent, as free JSON (x-free-json: depth and size capped)' });

const TableModelOut = Type.Object({
  // An object registered as TABLE_MODEL through the objects extension has no model and may have no
  // Chinese name: it is still a table model, read here with those two fields null.
  id: Type.String(), model_id: Nullable(Type.String()), tb_name: Type.String(), logic_tb_name: Nullable(Type.String()),
  status: Type.Enum([...BIZ_STATUSES]), attributes: Type.Array(Type.Object({}, { additionalProperties: true })),
}, { additionalProperties: true });

/** Optional fields the cloud returns as null when they were not sent (a default would show as drift). */
const ECHO_FIELDS = [
  'parent_table_id', 'parent_table_name', 'parent_table_code', 'related_logic_table_id', 'related_logic_table_name',
  'related_logic_table_model_id', 'related_logic_table_model_name', 'dw_id', 'dw_name', 'db_name', 'queue_name',
  'schema', 'obs_bucket', 'obs_location', 'configs', 'owner', 'code', 'data_format', 'table_type', 'compression',
  'distribute', 'distribute_column', 'partition_conf', 'dlf_task_id', 'dirty_out_database', 'dirty_out_prefix',
  'dirty_out_suffix', 'mappings', 'relations', 'self_defined_fields', 'alias', 'quality_id', 'quality_owner',
  'logic_tb_id', 'biz_catalog_id',
] as const;

function present(s: Services, o: ObjectRow, edit: EditRow | undefined, latest: boolean, known: Map<string, ObjectRow>): Static<typeof TableModelOut> {
  const source = latest && edit ? edit : o;
  const p = parseStored(source.biz_info) as Record<string, unknown>;
  const chain = p.biz_catalog_id ? chainOf(String(p.biz_catalog_id), known) : [];
  const level = (i: number) => chain[i];
  const attrs = (p.attributes as Record<string, unknown>[]) ?? [];
  const published = o.status === 'PUBLISHED';
  const sync = published ? 'CREATE_SUCCESS' : 'NO_NEED';
  const tz = s.config.tz;
  const out: Record<string, unknown> = Object.fromEntries(ECHO_FIELDS.map((k) => [k, p[k] ?? null]));
  return {
    ...out,
    id: o.id, model_id: p.model_id ?? null, model: null, tb_name: source.name_en, logic_tb_name: source.name_ch,
    description: source.description, dw_type: p.dw_type, tb_guid: null, tb_id: null,
    logic_tb_guid: p.logic_tb_guid ?? null, status: o.status,
    extend_info: JSON.stringify({
      dirtyOutDatabase: p.dirty_out_database ?? '', dirtyOutPrefix: p.dirty_out_prefix ?? '',
      dirtyOutSuffix: p.dirty_out_suffix ?? '', dirtyOutSwitch: String(p.dirty_out_switch === true),
    }),
    use_recently_partition: p.use_recently_partition === true, reversed: p.reversed === true,
    dirty_out_switch: p.dirty_out_switch === true,
    catalog_path: chain.map((c) => c.name_ch ?? c.name_en).join('/') || null,
    l1: level(0)?.name_ch ?? null, l2: level(1)?.name_ch ?? null, l3: level(2)?.name_ch ?? null,
    l1_id: level(0)?.id ?? null, l2_id: level(1)?.id ?? null, l3_id: level(2)?.id ?? null,
    attributes: attrs.map((a) => ({ ...a, create_time: rfc3339InZone(String(a.create_time), tz), update_time: rfc3339InZone(String(a.update_time), tz), tags: [] })),
    is_partition: attrs.some((a) => a.is_partition_key === true),
    has_related_physical_table: false, has_related_logic_table: false,
    physical_table: sync, dev_physical_table: 'NO_NEED', technical_asset: sync, business_asset: sync,
    meta_data_link: sync, data_quality: 'NO_NEED', summary_status: 'NO_NEED',
    env_type: o.env_type ?? 'INVALID_TYPE', dev_version: o.dev_version, prod_version: o.prod_version,
    dev_version_name: o.dev_version ? `V${o.dev_version}` : null, prod_version_name: o.prod_version ? `V${o.prod_version}` : null,
    tags: [], approval_info: null, new_biz: toEditVO(edit, tz),
    create_by: o.create_by, update_by: o.update_by,
    create_time: rfc3339InZone(o.create_time, tz), update_time: rfc3339InZone(o.update_time, tz),
  } as Static<typeof TableModelOut>;
}

export const tableModelRoutes = (s: Services): FastifyPluginAsyncTypebox => async (app) => {
  const presentAll = async (caller: Caller, rows: ObjectRow[], latest: boolean, edits?: Map<string, EditRow>) => {
    const subjects = rows.map((r) => (parseStored(r.biz_info) as { biz_catalog_id?: string }).biz_catalog_id).filter((x): x is string => !!x);
    const known = await withAncestors(s, caller, await Promise.all(subjects.map((id) => getObject(s.store.db, caller.tenant, id))).then((xs) => xs.filter((x): x is ObjectRow => !!x)));
    const e = edits ?? (await getEdits(s.store.db, rows.map((r) => r.id)));
    return rows.map((r) => present(s, r, e.get(r.id), latest, known));
  };

  app.post(PATH, {
    config: { operation: 'writeObjects' },
    schema: { operationId: 'CreateTableModel', summary: 'Create a table model', tags, params: ProjectParams,
      headers: WorkspaceHeaders, body: TableModelVO, response: { 200: Envelope(TableModelOut), ...errorResponses } },
  }, async (req) => {
    const caller = callerOf(req);
    const row = await createTableModel(s, caller, req.body as TableModelBody);
    return ok((await presentAll(caller, [row], false, new Map()))[0]!);
  });

  app.get(PATH, {
    config: { operation: 'readObjects' },
    schema: { operationId: 'ListTableModels', summary: 'List the table models of a model', tags, params: ProjectParams,
      headers: WorkspaceHeaders,
      querystring: Type.Object({
        model_id: Type.String({ minLength: 1 }), name: Type.Optional(Type.String()), create_by: Type.Optional(Type.String()),
        status: Type.Optional(Type.Enum([...BIZ_STATUSES])), biz_catalog_id: Type.Optional(Type.String()),
        no_attr: Type.Optional(Type.Boolean()), limit: Type.Optional(Limit), offset: Type.Optional(Offset),
      }),
      response: { 200: Envelope(Type.Object({ total: Type.Integer(), records: Type.Array(TableModelOut) })), ...errorResponses } },
  }, async (req) => {
    const q = req.query;
    const caller = callerOf(req);
    const limit = q.limit ?? 50;
    const offset = roundOffset(q.offset ?? 0, limit);
    const lc = (x: unknown) => String(x ?? '').toLowerCase();
    const all = (await allOfType(s.store.db, caller.tenant, 'TABLE_MODEL')).filter((o) => {
      const p = parseStored(o.biz_info) as Record<string, unknown>;
      return p.model_id === q.model_id && (!q.status || o.status === q.status) && (!q.create_by || o.create_by === q.create_by)
        && (!q.biz_catalog_id || p.biz_catalog_id === q.biz_catalog_id)
        && (!q.name || lc(o.name_en).includes(lc(q.name)) || lc(o.name_ch).includes(lc(q.name)) || lc(o.code).includes(lc(q.name)));
    });
    const records = await presentAll(caller, all.slice(offset, offset + limit), false);
    return ok({ total: all.length, records: q.no_attr ? records.map((r) => ({ ...r, attributes: [] })) : records });
  });

  app.get(`${PATH}/:id`, {
    config: { operation: 'readObjects' },
    schema: { operationId: 'ShowTableModelById', summary: 'Read a table model; latest=true shows its pending edit', tags,
      headers: WorkspaceHeaders, params: Type.Object({ project_id: Type.String(), id: Type.String({ pattern: '^[0-9]{1,19}$' }) }),
      querystring: Type.Object({ latest: Type.Optional(Type.Boolean()) }),
      response: { 200: Envelope(TableModelOut), ...errorResponses } },
  }, async (req) => {
    const caller = callerOf(req);
    const o = await getObject(s.store.db, caller.tenant, req.params.id, 'TABLE_MODEL');
    if (!o) throw new DomainError('TABLE_MODEL_NOT_FOUND', { id: req.params.id });
    const edit = await getEdit(s.store.db, o.id);
    return ok((await presentAll(caller, [o], req.query.latest === true, new Map(edit ? [[o.id, edit]] : [])))[0]!);
  });

  app.put(PATH, {
    config: { operation: 'writeObjects' },
    schema: { operationId: 'UpdateTableModel', summary: 'Update a table model (id in the body); a published one gets a pending edit',
      tags, params: ProjectParams, headers: WorkspaceHeaders, body: TableModelVO,
      response: { 200: Envelope(TableModelOut), ...errorResponses } },
  }, async (req) => {
    const caller = callerOf(req);
    const { obj, edit } = await updateTableModel(s, caller, req.body as TableModelBody);
    return ok((await presentAll(caller, [obj], true, new Map(edit ? [[obj.id, edit]] : [])))[0]!);
  });

  app.delete(PATH, {
    config: { operation: 'writeObjects' },
    schema: { operationId: 'DeleteTableModel', summary: 'Delete table models (DRAFT, OFFLINE or REJECT)', tags,
      params: ProjectParams, headers: WorkspaceHeaders, body: IdsBody, response: { 200: Envelope(Type.Integer()), ...errorResponses } },
  }, async (req) => ok(await deleteObjects(s, callerOf(req), req.body.ids, 'TABLE_MODEL')));
};
