import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Services } from '../../services.js';
import { createPermanentKey, createTemporaryKey, listPermanentKeys, removePermanentKey } from '../../usecases/access-keys.js';
import { changePassword, createUser, removeUser, searchUsers } from '../../usecases/iam-users.js';
import type { UserRow } from '../../store/schema.js';
import { principalOf } from '../authenticate.js';
import { iamErrorResponses } from '../wire/common.js';
import {
  AdminUpdateUserBody, ChangePasswordBody, CreateCredentialBody, CreateUserBody, CredentialVO, NewCredentialVO,
  SecurityTokenBody, TemporaryCredentialVO, UserIdParams, UserVO,
} from '../wire/iam-users.js';

const tags = ['IAM'];
const iamErrors = iamErrorResponses;
/** IAM's time format: six fractional digits and a Z. */
const iamTime = (iso: string) => iso.replace(/\.(\d{3})Z$/, '.$1000Z');

const toUserVO = (u: UserRow) => ({
  id: u.id, name: u.name, domain_id: u.domain_id, enabled: true, pwd_status: true,
  create_time: iamTime(u.create_time), is_domain_owner: u.is_domain_admin === 1,
});

/** IAM users and access keys on the cloud's paths. */
export const iamUserRoutes = (s: Services): FastifyPluginAsyncTypebox => async (app) => {
  const config = { authenticated: true };

  app.post('/v3.0/OS-USER/users', {
    config, schema: { operationId: 'CreateUser', summary: 'Create an IAM user (domain administrators)', tags, body: CreateUserBody,
      response: { 201: Type.Object({ user: UserVO }), ...iamErrors } },
  }, async (req, reply) => reply.status(201).send({ user: toUserVO(await createUser(s, principalOf(req), req.body.user.name, req.body.user.password)) }));

  app.get('/v3/users', {
    config, schema: { operationId: 'KeystoneListUsers', summary: 'List the IAM users of the domain', tags,
      querystring: Type.Object({ name: Type.Optional(Type.String()), domain_id: Type.Optional(Type.String()) }),
      response: { 200: Type.Object({ users: Type.Array(UserVO), links: Type.Object({ self: Type.String() }) }), ...iamErrors } },
  }, async (req) => ({ users: (await searchUsers(s, principalOf(req), req.query.name)).map(toUserVO), links: { self: '/v3/users' } }));

  app.put('/v3.0/OS-USER/users/:user_id', {
    config, schema: { operationId: 'UpdateUser', summary: 'Set a user\'s password (domain administrators); revokes its tokens and keys',
      tags, params: UserIdParams, body: AdminUpdateUserBody, response: { 200: Type.Object({ user: UserVO }), ...iamErrors } },
  }, async (req) => ({ user: toUserVO(await changePassword(s, principalOf(req), req.params.user_id, req.body.user.password, undefined, req.ip)) }));

  app.post('/v3/users/:user_id/password', {
    config, schema: { operationId: 'KeystoneUpdateUserPassword', summary: 'Change one\'s own password; revokes one\'s tokens and keys',
      tags, params: UserIdParams, body: ChangePasswordBody, response: { 204: Type.Null(), ...iamErrors } },
  }, async (req, reply) => {
    await changePassword(s, principalOf(req), req.params.user_id, req.body.user.password, req.body.user.original_password, req.ip);
    return reply.status(204).send(null);
  });

  app.delete('/v3/users/:user_id', {
    config, schema: { operationId: 'KeystoneDeleteUser', summary: 'Delete a user; revokes its tokens and keys', tags,
      params: UserIdParams, response: { 204: Type.Null(), ...iamErrors } },
  }, async (req, reply) => {
    await removeUser(s, principalOf(req), req.params.user_id);
    return reply.status(204).send(null);
  });

  app.post('/v3.0/OS-CREDENTIAL/credentials', {
    config, schema: { operationId: 'CreatePermanentAccessKey', summary: 'Create a permanent access key; the secret is shown only here',
      tags, body: CreateCredentialBody, response: { 201: Type.Object({ credential: NewCredentialVO }), ...iamErrors } },
  }, async (req, reply) => {
    const c = req.body.credential;
    const { row, secret } = await createPermanentKey(s, principalOf(req), c.user_id, c.description ?? null);
    return reply.status(201).send({ credential: {
      user_id: row.user_id, access: row.access, secret, status: row.status, create_time: iamTime(row.create_time), description: row.description,
    } });
  });

  app.get('/v3.0/OS-CREDENTIAL/credentials', {
    config, schema: { operationId: 'ListPermanentAccessKeys', summary: 'List a user\'s permanent access keys', tags,
      querystring: Type.Object({ user_id: Type.Optional(Type.String()) }),
      response: { 200: Type.Object({ credentials: Type.Array(CredentialVO) }), ...iamErrors } },
  }, async (req) => {
    const p = principalOf(req);
    const keys = await listPermanentKeys(s, p, req.query.user_id ?? p.userId);
    return { credentials: keys.map((k) => ({ user_id: k.user_id, access: k.access, status: k.status, create_time: iamTime(k.create_time), description: k.description })) };
  });

  app.delete('/v3.0/OS-CREDENTIAL/credentials/:access_key', {
    config, schema: { operationId: 'DeletePermanentAccessKey', summary: 'Delete a permanent access key', tags,
      params: Type.Object({ access_key: Type.String() }), response: { 204: Type.Null(), ...iamErrors } },
  }, async (req, reply) => {
    await removePermanentKey(s, principalOf(req), req.params.access_key);
    return reply.status(204).send(null);
  });

  app.post('/v3.0/OS-CREDENTIAL/securitytokens', {
    config, schema: { operationId: 'CreateTemporaryAccessKeyByToken', summary: 'Create a temporary access key and security token from a token',
      tags, body: SecurityTokenBody, response: { 201: TemporaryCredentialVO, ...iamErrors } },
  }, async (req, reply) => {
    const { row, secret, securityToken } = await createTemporaryKey(s, principalOf(req), req.body.auth.identity.token?.duration_seconds ?? 900);
    return reply.status(201).send({ credential: { access: row.access, secret, securitytoken: securityToken, expires_at: iamTime(row.expires_at!) } });
  });
};
