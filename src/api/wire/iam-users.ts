import Type from 'typebox';
import { MultiLine, Nullable } from './common.js';

/** IAM users and access keys, in IAM's own shapes (no {"data":{"value"}} envelope). */

export const UserVO = Type.Object({
  id: Type.String(), name: Type.String(), domain_id: Type.String(), enabled: Type.Boolean(),
  pwd_status: Type.Boolean(), create_time: Type.String(), is_domain_owner: Type.Boolean(),
});

export const CreateUserBody = Type.Object({
  user: Type.Object({
    name: Type.String({ minLength: 1, maxLength: 64, pattern: '^[^\\s<>\'"&]+$' }),
    password: Type.String({ minLength: 1, maxLength: 32 }),
    domain_id: Type.Optional(Type.String()),
    email: Type.Optional(Nullable(Type.String())),
    description: Type.Optional(Nullable(MultiLine({ maxLength: 255 }))),
    enabled: Type.Optional(Type.Boolean()),
  }),
});

export const AdminUpdateUserBody = Type.Object({
  user: Type.Object({ password: Type.String({ minLength: 1, maxLength: 32 }) }, { additionalProperties: true }),
});

export const ChangePasswordBody = Type.Object({
  user: Type.Object({ original_password: Type.String({ minLength: 1 }), password: Type.String({ minLength: 1, maxLength: 32 }) }),
});

export const UserIdParams = Type.Object({ user_id: Type.String({ minLength: 1 }) });

export const CreateCredentialBody = Type.Object({
  credential: Type.Object({ user_id: Type.String({ minLength: 1 }), description: Type.Optional(Nullable(MultiLine({ maxLength: 255 }))) }),
});

export const CredentialVO = Type.Object({
  user_id: Type.String(), access: Type.String(), status: Type.String(), create_time: Type.String(),
  description: Nullable(Type.String()),
});

export const NewCredentialVO = Type.Object({
  user_id: Type.String(), access: Type.String(), secret: Type.String(), status: Type.String(),
  create_time: Type.String(), description: Nullable(Type.String()),
});

export const SecurityTokenBody = Type.Object({
  auth: Type.Object({
    identity: Type.Object({
      methods: Type.Array(Type.String(), { minItems: 1 }),
      token: Type.Optional(Type.Object({ id: Type.Optional(Type.String()), duration_seconds: Type.Optional(Type.Integer()) })),
    }),
  }),
});

export const TemporaryCredentialVO = Type.Object({
  credential: Type.Object({ access: Type.String(), secret: Type.String(), securitytoken: Type.String(), expires_at: Type.String() }),
});
