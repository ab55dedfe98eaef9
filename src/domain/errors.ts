/**
 * Every error archgate answers with, as data: a key the code throws, the HTTP status, the error code
 * and the message. Nothing else builds an error body. DLG.* codes are what DataArts Architecture
 * answers with (docs/API.md §7.2); APIGW.* are the API gateway's in front of it (§7.4).
 */
export const ERRORS = {
  // 400: the request is malformed or names something that does not exist in the tenant.
  INVALID_PARAMETER: { status: 400, code: 'DLG.0001', message: 'Invalid parameter: {detail}' },
  WORKSPACE_NOT_FOUND: { status: 400, code: 'DLG.0818', message: 'The workspace does not exist or you have no access to it: {workspace}' },
  RESOURCE_NOT_FOUND: { status: 400, code: 'DLG.3902', message: 'The resource ID value is incorrect: {detail}' },
  OBJECT_NOT_FOUND: { status: 400, code: 'DLG.3903', message: 'The {biz_type} object {id} does not exist.' },
  TABLE_MODEL_NOT_FOUND: { status: 400, code: 'DLG.6019', message: 'The table model {id} does not exist.' },
  MODEL_NOT_FOUND: { status: 400, code: 'DLG.6026', message: 'The model {id} does not exist.' },
  SUBJECT_NOT_FOUND: { status: 400, code: 'DLG.3903', message: 'The subject {id} does not exist.' },
  APPROVAL_NOT_FOUND: { status: 400, code: 'DLG.3902', message: 'The application {id} does not exist.' },
  APPROVER_NOT_FOUND: { status: 400, code: 'DLG.3902', message: 'The approver {id} does not exist.' },
  APPROVER_NOT_REGISTERED: { status: 400, code: 'DLG.4001', message: 'The user {user_id} is not a registered approver of this workspace.' },
  APPROVER_EXISTS: { status: 400, code: 'DLG.4002', message: 'The user {user_id} is already an approver of this workspace.' },
  APPROVER_NOT_MEMBER: {
    status: 400,
    code: 'DLG.4003',
    message: 'The user {user_id} must be an admin or developer of this workspace to review.',
  },
  APPLICATION_PROCESSED: { status: 400, code: 'DLG.4004', message: 'The application {id} has been processed and cannot be withdrawn.' },
  APPLICATION_NOT_PENDING: { status: 400, code: 'DLG.4004', message: 'The application {id} has been processed and cannot be reassigned.' },
  APPLICATION_SCHEDULED: {
    status: 400,
    code: 'DLG.4010',
    message: 'The application {id} belongs to a scheduled batch that has not run yet.',
  },
  IMPACT_CHANGED: {
    status: 409,
    code: 'DLG.4091',
    message: 'The reference graph has changed since the impact preview; preview again and confirm with the new impact_token.',
  },
  OBJECT_REFERENCED: {
    status: 400,
    code: 'DLG.4011',
    message: 'The object {id} is referenced by {count} other objects and cannot be deleted.',
  },
  IDEMPOTENCY_MISMATCH: { status: 409, code: 'DLG.4090', message: 'The Idempotency-Key {key} was already used with a different request.' },
  TEST_CLOCK_OFF: {
    status: 403,
    code: 'DLG.0403',
    message: 'The user does not have permission to call this API: the test clock is off (ARCHGATE_CLOCK is not test).',
  },
  CI_MODE_OFF: {
    status: 403,
    code: 'DLG.0403',
    message: 'The user does not have permission to call this API: archgate is not a CI stand-in (ARCHGATE_MODE is not ci).',
  },
  BATCH_NOT_FOUND: { status: 400, code: 'DLG.3902', message: 'The batch {id} does not exist.' },
  // archgate extension: webhooks (issue 14).
  WEBHOOK_NOT_FOUND: { status: 400, code: 'DLG.3902', message: 'The webhook {id} does not exist.' },
  DELIVERY_NOT_FOUND: { status: 400, code: 'DLG.3902', message: 'The delivery {id} of webhook {webhook_id} does not exist.' },
  WEBHOOK_URL_REFUSED: { status: 400, code: 'DLG.0001', message: 'Invalid parameter: the webhook URL is refused: {reason}.' },
  BATCH_TOO_LARGE: { status: 400, code: 'DLG.0001', message: 'Invalid parameter: a batch holds at most {max} items, got {count}.' },
  DUPLICATE_ITEM: { status: 400, code: 'DLG.0001', message: 'Invalid parameter: {field} holds {value} twice.' },
  ENV_TYPE_INVALID: { status: 400, code: 'DLG.0001', message: 'Invalid parameter: env_type INVALID_TYPE is not an environment.' },
  NO_PENDING_EDIT_DIFF: { status: 400, code: 'DLG.4005', message: 'The object {id} has no pending change to compare.' },
  PENDING_EDIT_UNDER_REVIEW: {
    status: 400,
    code: 'DLG.4006',
    message: 'The pending change of {id} is under review and cannot be deleted.',
  },
  OBJECT_NOT_EDITABLE: { status: 400, code: 'DLG.4007', message: 'The object {id} is under review and cannot be modified.' },
  OBJECT_NOT_DELETABLE: {
    status: 400,
    code: 'DLG.4008',
    message: 'The object {id} can only be deleted in DRAFT, OFFLINE or REJECT status.',
  },
  OBJECT_HELD: {
    status: 400,
    code: 'DLG.4008',
    message: 'The object {id} has an application waiting in a scheduled batch and cannot be deleted.',
  },
  BAD_REQUEST_BODY: { status: 400, code: 'DLG.0001', message: 'Invalid parameter: the request body is not valid JSON.' },
  // 401/403: the API gateway and IAM in front of the service.
  TOKEN_MISSING: { status: 401, code: 'APIGW.0301', message: 'Incorrect IAM authentication information: x-auth-token not found' },
  TOKEN_INVALID: { status: 401, code: 'APIGW.0301', message: 'Incorrect IAM authentication information: decrypt token fail' },
  TOKEN_EXPIRED: {
    status: 401,
    code: 'APIGW.0301',
    message: 'Incorrect IAM authentication information: token expires, expires_at: {expires_at}',
  },
  AKSK_SIGNATURE_FAILED: {
    status: 401,
    code: 'APIGW.0301',
    message: 'Incorrect IAM authentication information: verify aksk signature fail',
  },
  AKSK_UNKNOWN: {
    status: 401,
    code: 'APIGW.0301',
    message: 'Incorrect IAM authentication information: Get secretKey failed,ak:{ak},err:ak not exist',
  },
  AKSK_LOCKED: {
    status: 401,
    code: 'APIGW.0301',
    message: 'Incorrect IAM authentication information: AK access failed to reach the limit,forbidden',
  },
  THROTTLED: {
    status: 429,
    code: 'APIGW.0308',
    message: 'The throttling threshold has been reached: policy user over ratelimit,limit:{limit},time:1 minute',
  },
  PROJECT_NOT_SCOPED: { status: 403, code: 'APIGW.0302', message: 'The IAM user is not authorized to access the API.' },
  FORBIDDEN: { status: 403, code: 'DLG.0403', message: 'The user does not have permission to call this API: {detail}' },
  IAM_BAD_CREDENTIALS: { status: 401, code: 'IAM.0062', message: 'The username or password is wrong.' },
  IAM_FORBIDDEN: { status: 403, code: 'IAM.0002', message: 'You are not authorized to perform the requested action.' },
  IAM_NOT_FOUND: { status: 404, code: 'IAM.0004', message: 'Could not find {target}: {id}.' },
  IAM_CONFLICT: { status: 409, code: 'IAM.0005', message: 'Conflict occurred when attempting to store user - {details}.' },
  IAM_BAD_REQUEST: { status: 400, code: 'IAM.0007', message: 'Request parameter {key} is invalid.' },
  IAM_KEY_LIMIT: { status: 400, code: 'IAM.0011', message: 'akSkNumExceed' },
  IAM_PROJECT_NOT_FOUND: { status: 400, code: 'IAM.1109', message: 'The project information cannot be found.' },
  // Password lockout. The cloud answers a locked user {"error":{"code":401,"message":"The account is locked.",
  // "title":"Unauthorized"}} (IAM FAQ "Why Is My Account Locked?"), with no IAM.* code of its own.
  IAM_ACCOUNT_LOCKED: { status: 401, code: 'IAM.0062', message: 'The account is locked.' },
  // One client address that failed too often: the gateway's throttling words, for its IP policy.
  LOGIN_SOURCE_LOCKED: {
    status: 429,
    code: 'APIGW.0308',
    message: 'The throttling threshold has been reached: policy ip over ratelimit,limit:{limit},time:{minutes} minute',
  },
  FAST_APPROVAL_FORBIDDEN: {
    status: 403,
    code: 'DLG.0403',
    message: 'The user does not have permission to call this API: fast approval needs a registered approver of the workspace.',
  },
  // The HTTP request itself, refused before any operation reads it: the gateway's words (APIGW error codes
  // table: "API request error.", "Request entity too large.", "Request URI too large.", "Request headers too large.").
  BAD_HTTP_REQUEST: { status: 400, code: 'APIGW.0201', message: 'API request error.' },
  BODY_TOO_LARGE: { status: 413, code: 'APIGW.0201', message: 'Request entity too large.' },
  URI_TOO_LARGE: { status: 414, code: 'APIGW.0201', message: 'Request URI too large.' },
  HEADERS_TOO_LARGE: { status: 431, code: 'APIGW.0201', message: 'Request headers too large.' },
  REQUEST_TIMEOUT: { status: 408, code: 'APIGW.0201', message: 'API request error: the request was not received in time.' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    code: 'DLG.0415',
    message: 'Unsupported Media Type: {type}; the request body must be application/json.',
  },
  // 503: the store cannot take the request now (disk full or read-only, database down); nothing was changed.
  STORE_UNAVAILABLE: {
    status: 503,
    code: 'DLG.0503',
    message: 'The service is temporarily unavailable; try again later. The request id is {request_id}.',
  },
  // 503 of GET /health/ready: this node should not take traffic now.
  NOT_READY: { status: 503, code: 'DLG.0503', message: 'archgate is not ready: {reason}.' },
  // 404: no such route.
  ROUTE_NOT_FOUND: { status: 404, code: 'APIGW.0101', message: 'The API does not exist or has not been published in the environment.' },
  INTERNAL: { status: 500, code: 'DLG.0500', message: 'Internal error; the request id is {request_id}.' },
} as const satisfies Record<string, { status: number; code: string; message: string }>;

export type ErrorKey = keyof typeof ERRORS;

export class DomainError extends Error {
  constructor(
    readonly key: ErrorKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(fill(ERRORS[key].message, params));
  }
  get status(): number {
    return ERRORS[this.key].status;
  }
  get code(): string {
    return ERRORS[this.key].code;
  }
  /** The API gateway answers in its own shape, without DataArts' errors[] array (docs/API.md §7.4). */
  get fromGateway(): boolean {
    return this.code.startsWith('APIGW.');
  }
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}
