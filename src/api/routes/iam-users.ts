import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Services } from '../../services.js';
import {
  createPermanentAccessKey,
  createTemporaryAccessKeyByToken,
  deletePermanentAccessKey,
  listPermanentAccessKeys,
} from '../../usecases/access-keys.js';
import {
  createUser,
  keystoneDeleteUser,
  keystoneListUsers,
  keystoneUpdateUserPassword,
  updateOwnInformation,
  updateUser,
} from '../../usecases/iam-users.js';
import { principalOf } from '../authenticate.js';
import { iamProjectRoutes } from './iam-projects.js';
import { toCredentialVO, toNewCredentialVO, toTemporaryCredentialVO, toUserVO } from '../present-iam.js';
import { iamErrorResponses } from '../wire/common.js';
import {
  AdminUpdateUserBody,
  ChangePasswordBody,
  CreateCredentialBody,
  CreateUserBody,
  CredentialVO,
  NewCredentialVO,
  SecurityTokenBody,
  TemporaryCredentialVO,
  UpdateOwnInformationBody,
  UserIdParams,
  UserVO,
} from '../wire/iam-users.js';

const tags = ['IAM'];
const iamErrors = iamErrorResponses;
const config = { authenticated: true };
type App = Parameters<FastifyPluginAsyncTypebox>[0];

/** IAM users on the cloud's paths. */
function addUserRoutes(app: App, s: Services) {
  app.post(
    '/v3.0/OS-USER/users',
    {
      config,
      schema: {
        operationId: 'CreateUser',
        summary: 'Create an IAM user (domain administrators)',
        tags,
        body: CreateUserBody,
        response: { 201: Type.Object({ user: UserVO }), ...iamErrors },
      },
    },
    async (req, reply) => reply.status(201).send({ user: toUserVO(await createUser(s, principalOf(req), req.body.user)) }),
  );

  app.get(
    '/v3/users',
    {
      config,
      schema: {
        operationId: 'KeystoneListUsers',
        summary: 'List the IAM users of the domain',
        tags,
        querystring: Type.Object({ name: Type.Optional(Type.String()), domain_id: Type.Optional(Type.String()) }),
        response: { 200: Type.Object({ users: Type.Array(UserVO), links: Type.Object({ self: Type.String() }) }), ...iamErrors },
      },
    },
    async (req) => ({ users: (await keystoneListUsers(s, principalOf(req), req.query)).map(toUserVO), links: { self: '/v3/users' } }),
  );

  app.put(
    '/v3.0/OS-USER/users/:user_id',
    {
      config,
      schema: {
        operationId: 'UpdateUser',
        summary: "Set a user's password or email (domain administrators); a new password revokes its tokens and keys",
        tags,
        params: UserIdParams,
        body: AdminUpdateUserBody,
        response: { 200: Type.Object({ user: UserVO }), ...iamErrors },
      },
    },
    async (req) => {
      const { password, email } = req.body.user;
      const user = await updateUser(s, principalOf(req), { userId: req.params.user_id, password, email, source: req.ip });
      return { user: toUserVO(user) };
    },
  );

  app.put(
    '/v3.0/OS-USER/users/:user_id/info',
    {
      config,
      schema: {
        operationId: 'UpdateUserInformation',
        summary: "Set one's own email address (`mobile` is accepted and not kept: archgate sends no SMS)",
        tags,
        params: UserIdParams,
        body: UpdateOwnInformationBody,
        response: { 204: Type.Null(), ...iamErrors },
      },
    },
    async (req, reply) => {
      await updateOwnInformation(s, principalOf(req), req.params.user_id, req.body.user.email);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/v3/users/:user_id/password',
    {
      config,
      schema: {
        operationId: 'KeystoneUpdateUserPassword',
        summary: "Change one's own password; revokes one's tokens and keys",
        tags,
        params: UserIdParams,
        body: ChangePasswordBody,
        response: { 204: Type.Null(), ...iamErrors },
      },
    },
    async (req, reply) => {
      const { password, original_password: original } = req.body.user;
      await keystoneUpdateUserPassword(s, principalOf(req), { userId: req.params.user_id, password, original, source: req.ip });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/v3/users/:user_id',
    {
      config,
      schema: {
        operationId: 'KeystoneDeleteUser',
        summary: 'Delete a user; revokes its tokens and keys',
        tags,
        params: UserIdParams,
        response: { 204: Type.Null(), ...iamErrors },
      },
    },
    async (req, reply) => {
      await keystoneDeleteUser(s, principalOf(req), req.params.user_id);
      return reply.status(204).send(null);
    },
  );
}

/** Permanent and temporary access keys on the cloud's paths. */
function addAccessKeyRoutes(app: App, s: Services) {
  app.post(
    '/v3.0/OS-CREDENTIAL/credentials',
    {
      config,
      schema: {
        operationId: 'CreatePermanentAccessKey',
        summary: 'Create a permanent access key; the secret is shown only here',
        tags,
        body: CreateCredentialBody,
        response: { 201: Type.Object({ credential: NewCredentialVO }), ...iamErrors },
      },
    },
    async (req, reply) => {
      const key = await createPermanentAccessKey(s, principalOf(req), req.body.credential);
      return reply.status(201).send({ credential: toNewCredentialVO(key) });
    },
  );

  app.get(
    '/v3.0/OS-CREDENTIAL/credentials',
    {
      config,
      schema: {
        operationId: 'ListPermanentAccessKeys',
        summary: "List a user's permanent access keys",
        tags,
        querystring: Type.Object({ user_id: Type.Optional(Type.String()) }),
        response: { 200: Type.Object({ credentials: Type.Array(CredentialVO) }), ...iamErrors },
      },
    },
    async (req) => {
      const p = principalOf(req);
      return { credentials: (await listPermanentAccessKeys(s, p, req.query.user_id ?? p.userId)).map(toCredentialVO) };
    },
  );

  app.delete(
    '/v3.0/OS-CREDENTIAL/credentials/:access_key',
    {
      config,
      schema: {
        operationId: 'DeletePermanentAccessKey',
        summary: 'Delete a permanent access key',
        tags,
        params: Type.Object({ access_key: Type.String() }),
        response: { 204: Type.Null(), ...iamErrors },
      },
    },
    async (req, reply) => {
      await deletePermanentAccessKey(s, principalOf(req), req.params.access_key);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/v3.0/OS-CREDENTIAL/securitytokens',
    {
      config,
      schema: {
        operationId: 'CreateTemporaryAccessKeyByToken',
        summary: 'Create a temporary access key and security token from a token',
        tags,
        body: SecurityTokenBody,
        response: { 201: TemporaryCredentialVO, ...iamErrors },
      },
    },
    async (req, reply) => {
      const durationSeconds = req.body.auth.identity.token?.duration_seconds;
      const key = await createTemporaryAccessKeyByToken(s, principalOf(req), { durationSeconds });
      return reply.status(201).send(toTemporaryCredentialVO(key));
    },
  );
}

/** IAM users, access keys and the project list on the cloud's paths. */
export const iamUserRoutes =
  (s: Services): FastifyPluginAsyncTypebox =>
  async (app) => {
    addUserRoutes(app, s);
    addAccessKeyRoutes(app, s);
    await app.register(iamProjectRoutes(s));
  };
