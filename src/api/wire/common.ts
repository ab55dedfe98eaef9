import Type, { type TSchema } from 'typebox';
import { BIZ_TYPES, ENV_TYPES } from '../../domain/enums.js';
import { ERRORS } from '../../domain/errors.js';
import { MAX_INTEGER, MAX_QUERY_IDS } from './bounds.js';

/** Wire pieces shared by every operation family. */

/** Snowflake ids: decimal strings, because they exceed 2^53. */
export const Id19 = Type.String({ pattern: '^[0-9]{1,19}$', description: 'Snowflake id as a decimal string' });
export const BizTypeEnum = Type.Enum([...BIZ_TYPES]);
export const EnvTypeEnum = Type.Enum([...ENV_TYPES]);

export const Nullable = <T extends TSchema>(s: T) => Type.Union([s, Type.Null()]);

export const ProjectParams = Type.Object({
  project_id: Type.String({ minLength: 3, maxLength: 64, description: 'Project ID' }),
});

export const WorkspaceHeaders = Type.Object({
  workspace: Type.String({ description: 'DataArts Studio workspace ID (required; unknown gives 400 DLG.0818)' }),
  'x-auth-token': Type.Optional(Type.String({ maxLength: 65536, description: 'IAM token from POST /v3/auth/tokens' })),
  'x-project-id': Type.Optional(Type.String({ description: 'Project ID (AK/SK, multi-project)' })),
});

/** `{"data":{"value":…}}`: the envelope of every success body in the family. */
export const Envelope = <T extends TSchema>(value: T) => Type.Object({ data: Type.Object({ value }) });

/**
 * The error families. A route declares its family by the error schemas it lists (see errorResponsesOf);
 * the error handler reads that declaration back (`x-error-shape`) to pick the body, so that a route is
 * never answered in a shape its own schema refuses.
 */
export type ErrorFamily = 'dlg' | 'iam';

export const ErrorBody = Type.Object(
  {
    error_code: Type.String(),
    error_msg: Type.String(),
    data: Type.Optional(Type.Null()),
    errors: Type.Optional(Type.Array(Type.Object({ error_code: Type.String(), error_msg: Type.String(), request_id: Type.String() }))),
    request_id: Type.Optional(Type.String()),
  },
  {
    description:
      'DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (docs/API.md §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4)',
    'x-error-shape': 'dlg',
  },
);

/** IAM's own error shape, which differs from the gateway's and DataArts'. */
export const IamError = Type.Object(
  {
    error: Type.Object({ code: Type.Integer(), message: Type.String(), title: Type.String() }),
  },
  { 'x-error-shape': 'iam' },
);

/**
 * Every status an operation can answer besides its success: each status of the error table, so that a
 * new error can never be answered undeclared. Several can reach any route whatever it does: the
 * request's form (400, 408, 413, 414, 415, 431), credentials and roles (401, 403), throttling (429),
 * an unexpected fault (500) and a store that cannot take the request (503).
 */
export const ERROR_STATUSES: readonly number[] = [...new Set(Object.values(ERRORS).map((e) => e.status))].sort((a, b) => a - b);

export function errorResponsesOf(family: ErrorFamily) {
  const body = family === 'iam' ? IamError : ErrorBody;
  return Object.fromEntries(ERROR_STATUSES.map((s) => [s, body])) as Record<number, typeof body>;
}

/**
 * The IAM routes' paths. An error raised before a route is found (an over-long path segment, a
 * malformed URL, headers over the limit) is answered in the family its path belongs to.
 */
const IAM_PATH = /^\/(v3\/auth\/|v3\/(users|projects)(\/|\?|$)|v3\.0\/)/;
export const familyOfPath = (url: string): ErrorFamily => (IAM_PATH.test(url) ? 'iam' : 'dlg');

export const Limit = Type.Integer({ minimum: 1, maximum: 100, default: 50 });
export const Offset = Type.Integer({ minimum: 0, maximum: MAX_INTEGER, default: 0 });

/** Ids in a query string, comma-separated: 1 to MAX_QUERY_IDS of them. */
export const IdList = (description: string) =>
  Type.String({
    minLength: 1,
    pattern: `^ *[0-9]{1,19} *(, *[0-9]{1,19} *){0,${MAX_QUERY_IDS - 1}}$`,
    description: `${description}, comma-separated, at most ${MAX_QUERY_IDS}`,
  });

/**
 * Free text that may run over several lines (descriptions, review comments): tab and line breaks are
 * allowed, other control characters are not (api/validation.ts). Every other string is a single line.
 */
export const MultiLine = (opts: { maxLength: number; description?: string }) => Type.String({ ...opts, 'x-multiline': true });

/** Undocumented query parameters that official examples carry; accepted and ignored (docs/API.md §1, §3.1). */
export const IgnoredQuery = {
  from: Type.Optional(Type.String({ description: 'Seen as from=standard in official examples; ignored' })),
};

/** The error responses of every DataArts and archgate-extension route. */
export const errorResponses = errorResponsesOf('dlg');
/** The error responses of every IAM route (/v3/auth, /v3/users, /v3.0/OS-*). */
export const iamErrorResponses = errorResponsesOf('iam');
