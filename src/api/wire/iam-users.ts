import Type, { type Static } from 'typebox';
import { DESCRIPTION_MAX, PASSWORD_MAX, USER_NAME_MAX } from '../../domain/iam-policy.js';
import type { CreatePermanentKeyInput } from '../../usecases/access-keys.js';
import type { CreateUserInput } from '../../usecases/iam-users.js';
import { MultiLine, Nullable } from './common.js';
import type { Conforms } from './conforms.js';

/** IAM users and access keys, in IAM's own shapes (no {"data":{"value"}} envelope). */

/** An email address as IAM takes it: at most 255 characters, one @, no spaces or angle brackets; empty means none. */
const Email = Type.String({ maxLength: 255, pattern: '^$|^[^\\s@<>(),;:"\\[\\]]+@[^\\s@<>(),;:"\\[\\]]+$' });

export const UserVO = Type.Object({
  id: Type.String(),
  name: Type.String(),
  email: Type.Optional(Nullable(Type.String())),
  domain_id: Type.String(),
  enabled: Type.Boolean(),
  pwd_status: Type.Boolean(),
  create_time: Type.String(),
  is_domain_owner: Type.Boolean(),
});

export const CreateUserBody = Type.Object({
  user: Type.Object({
    name: Type.String({ minLength: 1, maxLength: USER_NAME_MAX, pattern: '^[^\\s<>\'"&]+$' }),
    password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX }),
    domain_id: Type.Optional(Type.String()),
    email: Type.Optional(Nullable(Email)),
    description: Type.Optional(Nullable(MultiLine({ maxLength: DESCRIPTION_MAX }))),
    enabled: Type.Optional(Type.Boolean()),
  }),
});

export type CreateUserBody = Conforms<{ user: CreateUserInput }, Static<typeof CreateUserBody>>;

export const AdminUpdateUserBody = Type.Object({
  user: Type.Object(
    { password: Type.Optional(Type.String({ minLength: 1, maxLength: PASSWORD_MAX })), email: Type.Optional(Nullable(Email)) },
    { additionalProperties: true },
  ),
});

export const UpdateOwnInformationBody = Type.Object({
  user: Type.Object(
    { email: Type.Optional(Nullable(Email)), mobile: Type.Optional(Type.String({ maxLength: 40 })) },
    { additionalProperties: true },
  ),
});

export const ChangePasswordBody = Type.Object({
  user: Type.Object({ original_password: Type.String({ minLength: 1 }), password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX }) }),
});

export const UserIdParams = Type.Object({ user_id: Type.String({ minLength: 1 }) });

export const CreateCredentialBody = Type.Object({
  credential: Type.Object({
    user_id: Type.String({ minLength: 1 }),
    description: Type.Optional(Nullable(MultiLine({ maxLength: DESCRIPTION_MAX }))),
  }),
});

export type CreateCredentialBody = Conforms<{ credential: CreatePermanentKeyInput }, Static<typeof CreateCredentialBody>>;

export const CredentialVO = Type.Object({
  user_id: Type.String(),
  access: Type.String(),
  status: Type.String(),
  create_time: Type.String(),
  description: Nullable(Type.String()),
});

export const NewCredentialVO = Type.Object({
  user_id: Type.String(),
  access: Type.String(),
  secret: Type.String(),
  status: Type.String(),
  create_time: Type.String(),
  description: Nullable(Type.String()),
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
