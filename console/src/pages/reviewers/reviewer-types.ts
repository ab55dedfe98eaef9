import type { paths } from '../../../../src/client/openapi';

type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never;
type Users = paths['/v2/{project_id}/design/approvals/users'];

/** An ApproverVO, as ListApprovers answers it. */
export type Reviewer = Json<Users['get']['responses'][200]>['data']['value']['records'][number];
/** CreateApprover's body (ApproverParam). */
export type NewReviewer = NonNullable<Users['post']['requestBody']>['content']['application/json'];
