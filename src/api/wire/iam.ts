import Type, { type Static } from 'typebox';
import type { PasswordAuthInput } from '../../usecases/tokens.js';
import type { Conforms } from './conforms.js';

/** POST /v3/auth/tokens, password method, project scope (docs/API.md §8.1). */
export const TokenRequest = Type.Object({
  auth: Type.Object({
    identity: Type.Object({
      methods: Type.Array(Type.String(), { minItems: 1 }),
      password: Type.Object({
        user: Type.Object({
          name: Type.String({ minLength: 1 }),
          password: Type.String({ minLength: 1 }),
          domain: Type.Object({ name: Type.String({ minLength: 1 }) }),
        }),
      }),
    }),
    scope: Type.Object({
      project: Type.Object({
        id: Type.Optional(Type.String()),
        name: Type.Optional(Type.String()),
      }),
    }),
  }),
});
export type TokenRequest = Conforms<{ auth: PasswordAuthInput }, Static<typeof TokenRequest>>;

const NamedRef = Type.Object({ id: Type.String(), name: Type.String() });

export const TokenResponse = Type.Object({
  token: Type.Object({
    expires_at: Type.String(),
    issued_at: Type.String(),
    methods: Type.Array(Type.String()),
    catalog: Type.Array(Type.Object({}, { additionalProperties: true })),
    project: Type.Object({ id: Type.String(), name: Type.String(), domain: NamedRef }),
    roles: Type.Array(NamedRef),
    user: Type.Object({
      id: Type.String(),
      name: Type.String(),
      domain: NamedRef,
      password_expires_at: Type.String(),
    }),
  }),
});

export { IamError } from './common.js';
