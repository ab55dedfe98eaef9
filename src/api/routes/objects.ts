import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { DomainError } from '../../domain/errors.js';
import type { Services } from '../../services.js';
import { createObjects, deleteObjects, editObject, findObject, searchObjects } from '../../usecases/objects.js';
import { roundOffset } from '../../domain/paging.js';
import { parseIdList } from '../../usecases/decide-approvals.js';
import { callerOf } from '../authenticate.js';
import { ok, toObjectVO } from '../present.js';
import { Envelope, IdList, ProjectParams, WorkspaceHeaders, errorResponses } from '../wire/common.js';
import { CreateObjectsBody, ListObjectsQuery, ObjectList, ObjectParams, ObjectVO, UpdateObjectBody } from '../wire/objects.js';

const PATH = '/archgate/v1/:project_id/objects';
const tags = ['archgate extension: objects'];
const ext = 'archgate extension (not in the cloud API). ';

/** archgate extension: register, read, edit and delete governed objects of any business type. */
export const objectRoutes = (s: Services): FastifyPluginAsyncTypebox => async (app) => {
  app.post(PATH, {
    config: { operation: 'writeObjects' },
    schema: {
      operationId: 'ArchgateCreateObjects', summary: `${ext}Register 1 to 10,000 objects; they start as DRAFT`, tags,
      params: ProjectParams, headers: WorkspaceHeaders, body: CreateObjectsBody,
      response: { 200: Envelope(ObjectList), ...errorResponses },
    },
  }, async (req) => {
    const rows = await createObjects(s, callerOf(req), req.body.objects);
    return ok({ total: rows.length, records: rows.map((r) => toObjectVO(r, undefined, s.config.tz)) });
  });

  app.get(PATH, {
    config: { operation: 'readObjects' },
    schema: {
      operationId: 'ArchgateListObjects', summary: `${ext}List objects, filtered by biz_type, status and name`, tags,
      params: ProjectParams, headers: WorkspaceHeaders, querystring: ListObjectsQuery,
      response: { 200: Envelope(ObjectList), ...errorResponses },
    },
  }, async (req) => {
    const q = req.query;
    const limit = q.limit ?? 50;
    const page = await searchObjects(s, callerOf(req), {
      bizType: q.biz_type, status: q.status, name: q.name, limit, offset: roundOffset(q.offset ?? 0, limit),
    });
    return ok({ total: page.total, records: page.records.map(({ obj, edit }) => toObjectVO(obj, edit, s.config.tz)) });
  });

  app.get(`${PATH}/:id`, {
    config: { operation: 'readObjects' },
    schema: {
      operationId: 'ArchgateShowObject', summary: `${ext}Read one object`, tags,
      params: ObjectParams, headers: WorkspaceHeaders, response: { 200: Envelope(ObjectVO), ...errorResponses },
    },
  }, async (req) => {
    const found = await findObject(s, callerOf(req), req.params.id);
    if (!found) throw new DomainError('OBJECT_NOT_FOUND', { biz_type: 'object', id: req.params.id });
    return ok(toObjectVO(found.obj, found.edit, s.config.tz));
  });

  app.put(`${PATH}/:id`, {
    config: { operation: 'writeObjects' },
    schema: {
      operationId: 'ArchgateUpdateObject',
      summary: `${ext}Edit an object: in place when DRAFT, OFFLINE or REJECT; as its pending edit (new_biz) when PUBLISHED`,
      tags, params: ObjectParams, headers: WorkspaceHeaders, body: UpdateObjectBody,
      response: { 200: Envelope(ObjectVO), ...errorResponses },
    },
  }, async (req) => {
    const caller = callerOf(req);
    const found = await findObject(s, caller, req.params.id);
    if (!found) throw new DomainError('OBJECT_NOT_FOUND', { biz_type: 'object', id: req.params.id });
    const { obj, edit } = await editObject(s, caller, req.params.id, found.obj.biz_type, req.body);
    return ok(toObjectVO(obj, edit, s.config.tz));
  });

  app.delete(PATH, {
    config: { operation: 'writeObjects' },
    schema: {
      operationId: 'ArchgateDeleteObjects', summary: `${ext}Delete DRAFT, OFFLINE or REJECT objects`, tags,
      params: ProjectParams, headers: WorkspaceHeaders,
      querystring: Type.Object({ ids: IdList('Object ids') }),
      response: { 200: Envelope(Type.Integer()), ...errorResponses },
    },
  }, async (req) => ok(await deleteObjects(s, callerOf(req), parseIdList(req.query.ids, 'ids'))));
};
