import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Services } from '../../services.js';
import { exportAuditRecords, listAuditRecords, verifyAudit, type AuditRow } from '../../usecases/audit-read.js';
import { principalOf } from '../authenticate.js';
import { ok } from '../present.js';
import { toAuditRecordVO } from '../present-audit.js';
import { Envelope, errorResponses } from '../wire/common.js';
import { AuditExportQuery, AuditListQuery, AuditParams, AuditRecordVO, AuditVerdictVO } from '../wire/audit.js';

const tags = ['archgate extension: audit'];
const ext = 'archgate extension (not in the cloud API). ';
const config = { authenticated: true };

/** Lines are sent in chunks of this many records: fewer writes than one per record, and still small. */
const LINES_PER_CHUNK = 500;

async function* ndjson(rows: AsyncIterable<AuditRow>): AsyncGenerator<string> {
  let chunk = '';
  let n = 0;
  for await (const r of rows) {
    chunk += `${JSON.stringify(toAuditRecordVO(r))}\n`;
    if (++n % LINES_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/** archgate extension: a project's audit trail, for domain administrators scoped to it. */
export const auditRoutes =
  (s: Services): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/archgate/v1/:project_id/audit',
      {
        config,
        schema: {
          operationId: 'ArchgateListAuditRecords',
          summary: `${ext}List the project's audit records, newest first (domain administrators)`,
          tags,
          params: AuditParams,
          querystring: AuditListQuery,
          response: { 200: Envelope(Type.Object({ total: Type.Integer(), records: Type.Array(AuditRecordVO) })), ...errorResponses },
        },
      },
      async (req) => {
        const page = await listAuditRecords(s, principalOf(req), { ...req.query, project_id: req.params.project_id });
        return ok({ total: page.total, records: page.records.map(toAuditRecordVO) });
      },
    );

    app.get(
      '/archgate/v1/:project_id/audit/export',
      {
        config,
        schema: {
          operationId: 'ArchgateExportAuditRecords',
          summary: `${ext}Export the project's audit records as NDJSON, oldest first, streamed (domain administrators)`,
          tags,
          params: AuditParams,
          querystring: AuditExportQuery,
          response: {
            200: {
              description: 'One AuditRecordVO per line',
              content: { 'application/x-ndjson': { schema: Type.String() } },
            },
            ...errorResponses,
          },
        },
      },
      async (req, reply) => {
        const rows = await exportAuditRecords(s, principalOf(req), { ...req.query, project_id: req.params.project_id });
        // A stream is sent as it is read, not serialised: the 200 schema above documents the lines.
        const body = Readable.from(ndjson(rows)) as unknown as string;
        return reply.type('application/x-ndjson').send(body);
      },
    );

    app.get(
      '/archgate/v1/:project_id/audit/verify',
      {
        config,
        schema: {
          operationId: 'ArchgateVerifyAudit',
          summary: `${ext}Walk the project's hash chain and name the first record changed, removed or inserted (domain administrators)`,
          tags,
          params: AuditParams,
          response: { 200: Envelope(AuditVerdictVO), ...errorResponses },
        },
      },
      async (req) => ok(await verifyAudit(s, principalOf(req), req.params.project_id)),
    );
  };
