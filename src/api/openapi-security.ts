import type { SwaggerTransform } from '@fastify/swagger';
import type { FastifyContextConfig } from 'fastify';

/**
 * How the OpenAPI document states what a request must carry, so that Swagger UI's Authorize button sets
 * it once for every operation. The schemes' header names are lowercase, as the routes' header schemas
 * write them: @fastify/swagger then leaves those headers out of the operations' parameters (the scheme
 * stands for them), and Swagger UI sends the value Authorize holds.
 */
export const SECURITY_SCHEMES = {
  token: {
    type: 'apiKey',
    in: 'header',
    name: 'x-auth-token',
    description: 'An IAM token: the X-Subject-Token header answered by POST /v3/auth/tokens. Valid 24 h.',
  },
  aksk: {
    type: 'apiKey',
    in: 'header',
    name: 'authorization',
    description:
      'An AK/SK signature, as the Huawei Cloud SDKs sign: `Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>, ' +
      'Signature=<hex>` with an `X-Sdk-Date: YYYYMMDDTHHMMSSZ` header within 15 minutes of the server clock, signed over the ' +
      'method, path, query, signed headers and the SHA-256 of the body (`X-Security-Token` too for a temporary key, ' +
      '`X-Project-Id` names the project, as the SDKs send it). A signature fits one request only: Swagger UI cannot make one, so ' +
      'authorize with a token here and sign with an SDK or an AK/SK profile of the archgate command.',
  },
  workspace: {
    type: 'apiKey',
    in: 'header',
    name: 'workspace',
    description:
      'The DataArts Studio workspace id (32 hex characters, printed by the first start) that every design route works in; unknown or missing gives 400 DLG.0818.',
  },
} as const;

type Requirement = Partial<Record<keyof typeof SECURITY_SCHEMES, string[]>>;

/**
 * What a route needs, read from the configuration the authentication hook reads (src/api/authenticate.ts):
 * a design route (`operation`) a credential and the workspace, an IAM or administration route
 * (`authenticated`) a credential, any other route nothing. The credential is a token or a signature.
 */
export function securityOf(config: Partial<FastifyContextConfig> | undefined): Requirement[] {
  if (config?.operation)
    return [
      { token: [], workspace: [] },
      { aksk: [], workspace: [] },
    ];
  if (config?.authenticated) return [{ token: [] }, { aksk: [] }];
  return [];
}

/** The @fastify/swagger transform that gives every operation its `security`. */
export const securityTransform: SwaggerTransform = ({ schema, url, route }) => {
  if (!schema) return { schema, url };
  const declared = (schema as { security?: Requirement[] }).security;
  return { schema: { ...schema, security: declared ?? securityOf(route.config) } as typeof schema, url };
};
