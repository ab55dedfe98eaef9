import type { paths } from '../../../../src/client/openapi';

type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never;

/** An AuditRecordVO, as ArchgateListAuditRecords answers it. */
export type AuditRecord = Json<paths['/archgate/v1/{project_id}/audit']['get']['responses'][200]>['data']['value']['records'][number];
/** ArchgateVerifyAudit's verdict. */
export type AuditVerdict = Json<paths['/archgate/v1/{project_id}/audit/verify']['get']['responses'][200]>['data']['value'];
