import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Services } from '../../services.js';
import { keystoneListProjects } from '../../usecases/iam-projects.js';
import { principalOf } from '../authenticate.js';
import { iamErrorResponses, Nullable } from '../wire/common.js';

/** A project as IAM's KeystoneListProjects lists it. */
const ProjectVO = Type.Object({
  id: Type.String(),
  name: Type.String(),
  domain_id: Type.String(),
  /** IAM: the account (domain) id for a region's system project, which is what an archgate project stands for. */
  parent_id: Type.String(),
  description: Type.String(),
  enabled: Type.Boolean(),
  is_domain: Type.Boolean(),
  links: Type.Object({ self: Type.String() }),
});

const ListProjectsQuery = Type.Object({
  name: Type.Optional(Type.String({ maxLength: 64 })),
  domain_id: Type.Optional(Type.String({ maxLength: 64 })),
  enabled: Type.Optional(Type.Boolean()),
  is_domain: Type.Optional(Type.Boolean()),
  parent_id: Type.Optional(Type.String({ maxLength: 64 })),
  page: Type.Optional(Type.Integer({ minimum: 1 })),
  per_page: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000 })),
});

/** IAM projects on the cloud's path (read only: archgate's own project creation is an extension). */
export const iamProjectRoutes =
  (s: Services): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/v3/projects',
      {
        config: { authenticated: true },
        schema: {
          operationId: 'KeystoneListProjects',
          summary: "List the projects of the caller's domain, by name (domain administrators)",
          tags: ['IAM'],
          querystring: ListProjectsQuery,
          response: {
            200: Type.Object({
              projects: Type.Array(ProjectVO),
              links: Type.Object({ self: Type.String(), previous: Nullable(Type.String()), next: Nullable(Type.String()) }),
            }),
            ...iamErrorResponses,
          },
        },
      },
      async (req) => {
        const q = req.query;
        const rows = await keystoneListProjects(s, principalOf(req), q);
        const page = q.page && q.per_page ? rows.slice((q.page - 1) * q.per_page, q.page * q.per_page) : rows;
        return {
          projects: page.map((p) => ({
            id: p.id,
            name: p.name,
            domain_id: p.domain_id,
            parent_id: p.domain_id,
            description: '',
            enabled: true,
            is_domain: false,
            links: { self: `/v3/projects/${p.id}` },
          })),
          links: { self: '/v3/projects', previous: null, next: null },
        };
      },
    );
  };
