import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../services.js';
import { keystoneCreateUserTokenByPassword } from '../../usecases/tokens.js';
import { toTokenResponse } from '../present-iam.js';
import { iamErrorResponses } from '../wire/common.js';
import { TokenRequest, TokenResponse } from '../wire/iam.js';

/** IAM's token API, as the cloud's `iam.{region}.myhuaweicloud.com` answers it. */
export const iamRoutes =
  (s: Services): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/v3/auth/tokens',
      {
        schema: {
          operationId: 'KeystoneCreateUserTokenByPassword',
          summary: 'Obtaining a user token (password, project scope)',
          tags: ['IAM'],
          body: TokenRequest,
          response: { 201: TokenResponse, ...iamErrorResponses },
        },
      },
      async (req, reply) => {
        const issued = await keystoneCreateUserTokenByPassword(s, req.body.auth, req.ip, req.id);
        return reply.status(201).header('x-subject-token', issued.token).send(toTokenResponse(issued));
      },
    );
  };
