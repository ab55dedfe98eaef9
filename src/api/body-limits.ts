import type { FastifyInstance } from 'fastify';

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * Every route takes a small body unless the table below says otherwise: one object, one user, one
 * setting. 64 KiB holds any of them several times over, and it is all an unknown path may send too.
 */
export const DEFAULT_BODY_LIMIT = 64 * KiB;

/**
 * The routes that take more, by `METHOD url`: each sized to the largest body its wire schema accepts,
 * with headroom for indented JSON, unless its comment states a smaller budget. A body over its limit is
 * refused with 413 as soon as that is known (at once when Content-Length says so), never buffered whole.
 */
export const BODY_LIMITS: Readonly<Record<string, number>> = {
  // Logging in needs a user name, a password, a domain and a project: a few hundred bytes.
  'POST /v3/auth/tokens': 8 * KiB,
  // 10,000 biz_infos of at most 85 bytes each (a 19-digit id, the longest biz_type, env_type): 850 KB
  // compact, 1.2 MB indented. 4 MiB also lets a list of up to ~40,000 items reach the use case, which
  // answers BATCH_TOO_LARGE in the cloud's words instead of a bare 413.
  'POST /v2/:project_id/design/approvals/batch-publish': 4 * MiB,
  'POST /v2/:project_id/design/approvals/batch-offline': 4 * MiB,
  'POST /archgate/v1/:project_id/impact': 4 * MiB,
  // 10,000 ids of 22 bytes and a message of at most 500 characters: 230 KB.
  'PUT /v2/:project_id/design/approvals/action': 1 * MiB,
  // Delete by ids: 10,000 ids of 22 bytes.
  'DELETE /v3/:project_id/design/subjects': 1 * MiB,
  'DELETE /v2/:project_id/design/table-model': 1 * MiB,
  // One table model: up to 5,000 attributes of at most 1,400 characters of names and description each
  // (2 KB with CJK names), 10 MB, plus at most 4 MiB of free fields (wire schema x-free-json).
  'POST /v2/:project_id/design/table-model': 16 * MiB,
  'PUT /v2/:project_id/design/table-model': 16 * MiB,
  // One object: up to 1,000 references of ~70 bytes, 2,548 characters of text, a biz_info of at most
  // 64 KiB (wire/bounds.ts FREE_JSON): under 200 KB.
  'PUT /archgate/v1/:project_id/objects/:id': 1 * MiB,
  // 10,000 objects: about 3 KB each with every text field filled and a modest biz_info (10,000 names
  // alone take under 1 MB). This is a budget, not the maximum: 10,000 objects each with a full 64 KiB
  // biz_info would be 640 MB, and are registered in several requests.
  'POST /archgate/v1/:project_id/objects': 32 * MiB,
};

/**
 * Gives each route its limit from the table, in one place rather than in every route file. Fails the
 * start when an entry names no route, so that a renamed route cannot fall back to the default unseen.
 */
export function registerBodyLimits(app: FastifyInstance) {
  const unused = new Set(Object.keys(BODY_LIMITS));
  app.addHook('onRoute', (route) => {
    if (route.bodyLimit !== undefined) return;
    for (const method of [route.method].flat()) {
      const key = `${method} ${route.url}`;
      const limit = BODY_LIMITS[key];
      if (limit === undefined) continue;
      unused.delete(key);
      route.bodyLimit = Math.max(route.bodyLimit ?? 0, limit);
    }
  });
  app.addHook('onReady', async () => {
    if (unused.size > 0) throw new Error(`body limits name no route: ${[...unused].join(', ')}`);
  });
}
