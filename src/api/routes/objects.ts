import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Services } from '../../services.js';
import { createObjects, deleteObjects, listObjects, showObject, updateObject } from '../../usecases/objects-extension.js';
import { parseIdList } from '../../domain/id-list.js';
import { callerOf } from '../authenticate.js';
import { ok } from '../present.js';
import { toObjectVO } from '../present-objects.js';
import { Envelope, IdList, ProjectParams, WorkspaceHeaders, errorResponses } from '../wire/common.js';
import { CreateObjectsBody, ListObjectsQuery, ObjectList, ObjectParams, ObjectVO, UpdateObjectBody } from '../wire/objects.js';

const PATH = '/archgate/v1/:project_id/objects';
const tags = ['archgate extension: objects'];
const ext = 'archgate extension (not in the cloud API). ';

/** archgate extension: register, read, edit and delete governed objects of any business type. */
export const objectRoutes =
  (s: Services): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      PATH,
      {
        config: { operation: 'writeObjects' },
        schema: {
          operationId: 'ArchgateCreateObjects',
          summary: `${ext}Register 1 to 10,000 objects; they start as DRAFT`,
          tags,
          params: ProjectParams,
          headers: WorkspaceHeaders,
          body: CreateObjectsBody,
          response: { 200: Envelope(ObjectList), ...errorResponses },
        },
      },
      async (req) => {
        const rows = await createObjects(s, callerOf(req), req.body.objects);
        return ok({ total: rows.length, records: rows.map((r) => toObjectVO(r, undefined, s.config.tz)) });
      },
    );

    app.get(
      PATH,
      {
        config: { operation: 'readObjects' },
        schema: {
          operationId: 'ArchgateListObjects',
          summary: `${ext}List objects, filtered by biz_type, status and name`,
          tags,
          params: ProjectParams,
          headers: WorkspaceHeaders,
          querystring: ListObjectsQuery,
          response: { 200: Envelope(ObjectList), ...errorResponses },
        },
      },
      async (req) => {
        const page = await listObjects(s, callerOf(req), req.query);
        return ok({ total: page.total, records: page.records.map(({ obj, edit }) => toObjectVO(obj, edit, s.config.tz)) });
      },
    );

    app.get(
      `${PATH}/:id`,
      {
        config: { operation: 'readObjects' },
        schema: {
          operationId: 'ArchgateShowObject',
          summary: `${ext}Read one object`,
          tags,
          params: ObjectParams,
          headers: WorkspaceHeaders,
          response: { 200: Envelope(ObjectVO), ...errorResponses },
        },
      },
      async (req) => {
        const { obj, edit } = await showObject(s, callerOf(req), req.params.id);
        return ok(toObjectVO(obj, edit, s.config.tz));
      },
    );

    app.put(
      `${PATH}/:id`,
      {
        config: { operation: 'writeObjects' },
        schema: {
          operationId: 'ArchgateUpdateObject',
          summary: `${ext}Edit an object: in place when DRAFT, OFFLINE or REJECT; as its pending edit (new_biz) when PUBLISHED`,
          tags,
          params: ObjectParams,
          headers: WorkspaceHeaders,
          body: UpdateObjectBody,
          response: { 200: Envelope(ObjectVO), ...errorResponses },
        },
      },
      async (req) => {
        const { obj, edit } = await updateObject(s, callerOf(req), req.params.id, req.body);
        return ok(toObjectVO(obj, edit, s.config.tz));
      },
    );

    app.delete(
      PATH,
      {
        config: { operation: 'writeObjects' },
        schema: {
          operationId: 'ArchgateDeleteObjects',
          summary: `${ext}Delete DRAFT, OFFLINE or REJECT objects`,
          tags,
          params: ProjectParams,
          headers: WorkspaceHeaders,
          querystring: Type.Object({ ids: IdList('Object ids') }),
          response: { 200: Envelope(Type.Integer()), ...errorResponses },
        },
      },
      async (req) => ok(await deleteObjects(s, callerOf(req), parseIdList(req.query.ids, 'ids'))),
    );
  };
