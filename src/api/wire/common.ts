import Type, { type TSchema } from 'typebox';
import { BIZ_TYPES, ENV_TYPES } from '../../domain/enums.js';

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

export const ErrorBody = Type.Object({
  error_code: Type.String(),
  error_msg: Type.String(),
  data: Type.Optional(Type.Null()),
  errors: Type.Optional(Type.Array(Type.Object({ error_code: Type.String(), error_msg: Type.String(), request_id: Type.String() }))),
  request_id: Type.Optional(Type.String()),
}, { description: 'DataArts errors carry both documented shapes, the top-level pair and the errors[] array the Terraform provider reads (spec §11.3); gateway errors (APIGW.*) carry request_id instead (§7.4)' });

export const Limit = Type.Integer({ minimum: 1, maximum: 100, default: 50 });
export const Offset = Type.Integer({ minimum: 0, default: 0 });

/** Undocumented query parameters that official examples carry; accepted and ignored (spec §1, §3.1). */
export const IgnoredQuery = {
  from: Type.Optional(Type.String({ description: 'Seen as from=standard in official examples; ignored' })),
};

export const errorResponses = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody } as const;
