import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static } from 'typebox';
import Type from 'typebox';
import { rfc3339InZone } from '../../domain/time.js';
import { allOfType, getEdits, type EditRow, type ObjectRow } from '../../store/objects.js';
import { tenantId } from '../../store/tenant.js';
import type { Caller, Services } from '../../services.js';
import { roundOffset } from '../../domain/paging.js';
import { chainOf, createSubject, deleteSubjects, updateSubject, withAncestors, type SubjectPayload } from '../../usecases/subjects.js';
import { callerOf } from '../authenticate.js';
import { parseStored } from '../wire/bounds.js';
import { ok, toEditVO } from '../present.js';
import { Envelope, ProjectParams, WorkspaceHeaders, errorResponses } from '../wire/common.js';
import { CatalogVO, IdsBody, SearchSubjectsQuery, SubjectParamsVO } from '../wire/subjects.js';

const PATH = '/v3/:project_id/design/subjects';
const tags = ['Subjects'];

/** `data_owner_list` is documented as a JSON array in a string; the Terraform provider sends a plain name. */
function ownerOf(list: string): string {
  try {
    const v = JSON.parse(list) as unknown;
    if (Array.isArray(v)) return v.map(String).join(',');
  } catch { /* a plain name */ }
  return list;
}

/**
 * A subject's payload as stored. A SUBJECT registered through the objects extension carries none of the
 * subject API's fields: it is still a subject, with no owner, no alias, and the level its parent chain
 * gives it.
 */
function payloadOf(o: ObjectRow, known: Map<string, ObjectRow>) {
  const p = parseStored(o.biz_info) as Partial<SubjectPayload>;
  return {
    alias: p.alias ?? null, data_owner: p.data_owner ?? null, data_owner_list: p.data_owner_list ?? '',
    level: p.level ?? chainOf(o.id, known).length,
    self_defined_fields: (Array.isArray(p.self_defined_fields) ? p.self_defined_fields : []) as Static<typeof CatalogVO>['self_defined_fields'],
  };
}

function toCatalogVO(s: Services, caller: Caller, o: ObjectRow, edit: EditRow | undefined, known: Map<string, ObjectRow>): Static<typeof CatalogVO> {
  const p = payloadOf(o, known);
  const path = chainOf(o.id, known).map((x) => x.name_ch ?? x.name_en).join('/');
  return {
    id: o.id, name_ch: o.name_ch ?? o.name_en, name_en: o.name_en, description: o.description,
    qualified_name: `${o.name_en}@Business.${tenantId(caller.tenant)}`, guid: null, code: o.code,
    status: o.status as Static<typeof CatalogVO>['status'], new_biz: toEditVO(edit, s.config.tz),
    alias: p.alias, data_owner: p.data_owner, data_owner_list: p.data_owner_list, data_department: null,
    path, level: p.level, ordinal: null, owner: ownerOf(p.data_owner_list), parent_id: o.parent_id,
    swap_order_id: null, qualified_id: null, from_public: false, create_by: o.create_by, update_by: o.update_by,
    create_time: rfc3339InZone(o.create_time, s.config.tz)!, update_time: rfc3339InZone(o.update_time, s.config.tz)!,
    self_defined_fields: p.self_defined_fields,
    children_num: null, children: null,
  };
}

function matches(o: ObjectRow, q: Static<typeof SearchSubjectsQuery>, known: Map<string, ObjectRow>): boolean {
  const p = payloadOf(o, known);
  const lc = (x: string | null | undefined) => (x ?? '').toLowerCase();
  if (q.name && !lc(o.name_ch).includes(lc(q.name)) && !lc(o.name_en).includes(lc(q.name))) return false;
  if (q.name_ch && o.name_ch !== q.name_ch) return false;
  if (q.name_en && o.name_en !== q.name_en) return false;
  if (q.create_by && o.create_by !== q.create_by) return false;
  if (q.owner && !ownerOf(p.data_owner_list).split(',').includes(q.owner)) return false;
  if (q.status && o.status !== q.status) return false;
  if (q.level && p.level !== q.level) return false;
  if (q.parent_id === '-1' && o.parent_id) return false;
  if (q.parent_id && q.parent_id !== '-1' && o.parent_id !== q.parent_id) return false;
  if (q.begin_time && q.end_time) {
    const t = o.create_time;
    if (t < new Date(q.begin_time).toISOString() || t > new Date(q.end_time).toISOString()) return false;
  }
  return true;
}

/** Subjects, v3 (CreateSubjectNew, SearchSubjectNew, UpdateSubjectNew, DeleteSubjectNew). */
export const subjectRoutes = (s: Services): FastifyPluginAsyncTypebox => async (app) => {
  const present = async (caller: Caller, rows: ObjectRow[], edits?: Map<string, EditRow>) => {
    const known = await withAncestors(s, caller, rows);
    const e = edits ?? (await getEdits(s.store.db, rows.map((r) => r.id)));
    return rows.map((r) => toCatalogVO(s, caller, r, e.get(r.id), known));
  };

  app.post(PATH, {
    config: { operation: 'writeObjects' },
    schema: {
      operationId: 'CreateSubjectNew', summary: 'Create a subject', tags, params: ProjectParams,
      headers: WorkspaceHeaders, body: SubjectParamsVO, response: { 200: Envelope(CatalogVO), ...errorResponses },
    },
  }, async (req) => {
    const caller = callerOf(req);
    const row = await createSubject(s, caller, req.body);
    return ok((await present(caller, [row], new Map()))[0]!);
  });

  app.get(PATH, {
    config: { operation: 'readObjects' },
    schema: {
      operationId: 'SearchSubjectNew', summary: 'List subjects', tags, params: ProjectParams, headers: WorkspaceHeaders,
      querystring: SearchSubjectsQuery,
      response: { 200: Envelope(Type.Object({ total: Type.Integer(), records: Type.Array(CatalogVO) })), ...errorResponses },
    },
  }, async (req) => {
    const caller = callerOf(req);
    const limit = req.query.limit ?? 50;
    const offset = roundOffset(req.query.offset ?? 0, limit);
    const subjects = await allOfType(s.store.db, caller.tenant, 'SUBJECT');
    const known = new Map(subjects.map((o) => [o.id, o]));
    const all = subjects.filter((o) => matches(o, req.query, known));
    const page = all.slice(offset, offset + limit);
    return ok({ total: all.length, records: await present(caller, page) });
  });

  app.put(PATH, {
    config: { operation: 'writeObjects' },
    schema: {
      operationId: 'UpdateSubjectNew', summary: 'Update a subject (id in the body); a published one gets a pending edit',
      tags, params: ProjectParams, headers: WorkspaceHeaders, body: SubjectParamsVO,
      response: { 200: Envelope(CatalogVO), ...errorResponses },
    },
  }, async (req) => {
    const caller = callerOf(req);
    const { obj, edit } = await updateSubject(s, caller, req.body);
    return ok((await present(caller, [obj], new Map(edit ? [[obj.id, edit]] : [])))[0]!);
  });

  app.delete(PATH, {
    config: { operation: 'writeObjects' },
    schema: {
      operationId: 'DeleteSubjectNew', summary: 'Delete subjects (DRAFT, OFFLINE or REJECT, without children)', tags,
      params: ProjectParams, headers: WorkspaceHeaders, body: IdsBody,
      response: { 200: Envelope(Type.Integer()), ...errorResponses },
    },
  }, async (req) => ok(await deleteSubjects(s, callerOf(req), req.body.ids)));
};
