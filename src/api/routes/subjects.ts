import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Services } from '../../services.js';
import { createSubject, deleteSubjects, searchSubjects, updateSubject } from '../../usecases/subjects.js';
import { callerOf } from '../authenticate.js';
import { ok } from '../present.js';
import { toCatalogVO } from '../present-subjects.js';
import { Envelope, ProjectParams, WorkspaceHeaders, errorResponses } from '../wire/common.js';
import { CatalogVO, IdsBody, SearchSubjectsQuery, SubjectParamsVO } from '../wire/subjects.js';

const PATH = '/v3/:project_id/design/subjects';
const tags = ['Subjects'];

/** Subjects, v3 (CreateSubjectNew, SearchSubjectNew, UpdateSubjectNew, DeleteSubjectNew). */
export const subjectRoutes =
  (s: Services): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      PATH,
      {
        config: { operation: 'writeObjects' },
        schema: {
          operationId: 'CreateSubjectNew',
          summary: 'Create a subject',
          tags,
          params: ProjectParams,
          headers: WorkspaceHeaders,
          body: SubjectParamsVO,
          response: { 200: Envelope(CatalogVO), ...errorResponses },
        },
      },
      async (req) => {
        const caller = callerOf(req);
        return ok(toCatalogVO(await createSubject(s, caller, req.body), caller.tenant, s.config.tz));
      },
    );

    app.get(
      PATH,
      {
        config: { operation: 'readObjects' },
        schema: {
          operationId: 'SearchSubjectNew',
          summary: 'List subjects',
          tags,
          params: ProjectParams,
          headers: WorkspaceHeaders,
          querystring: SearchSubjectsQuery,
          response: { 200: Envelope(Type.Object({ total: Type.Integer(), records: Type.Array(CatalogVO) })), ...errorResponses },
        },
      },
      async (req) => {
        const caller = callerOf(req);
        const page = await searchSubjects(s, caller, req.query);
        return ok({ total: page.total, records: page.records.map((r) => toCatalogVO(r, caller.tenant, s.config.tz)) });
      },
    );

    app.put(
      PATH,
      {
        config: { operation: 'writeObjects' },
        schema: {
          operationId: 'UpdateSubjectNew',
          summary: 'Update a subject (id in the body); a published one gets a pending edit',
          tags,
          params: ProjectParams,
          headers: WorkspaceHeaders,
          body: SubjectParamsVO,
          response: { 200: Envelope(CatalogVO), ...errorResponses },
        },
      },
      async (req) => {
        const caller = callerOf(req);
        return ok(toCatalogVO(await updateSubject(s, caller, req.body), caller.tenant, s.config.tz));
      },
    );

    app.delete(
      PATH,
      {
        config: { operation: 'writeObjects' },
        schema: {
          operationId: 'DeleteSubjectNew',
          summary: 'Delete subjects (DRAFT, OFFLINE or REJECT, without children)',
          tags,
          params: ProjectParams,
          headers: WorkspaceHeaders,
          body: IdsBody,
          response: { 200: Envelope(Type.Integer()), ...errorResponses },
        },
      },
      async (req) => ok(await deleteSubjects(s, callerOf(req), req.body.ids)),
    );
  };
