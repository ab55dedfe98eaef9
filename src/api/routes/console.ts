import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';

/** Where `npm run console:build` (scripts/console-build.mjs) writes the built console. */
export const CONSOLE_DIST = fileURLToPath(new URL('../../../console/dist', import.meta.url));

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>archgate console: not built</title></head>
<body style="font-family:sans-serif;max-width:40em;margin:4em auto">
<h1>The archgate console has not been built</h1>
<p>This archgate serves its API, but the web console's files (console/dist) are missing.
Start archgate with <code>npm start</code>, which builds the console first, or build it with
<code>npm run console:build</code>, then reload this page.</p>
<p>The API and its documentation are at <a href="/docs">/docs</a>.</p>
</body></html>`;

/**
 * Serves the built console at /console/: its files, and index.html for any other path under it so that a
 * deep link (a bookmarked /console/review/pending) opens the page the browser router draws. Public, like
 * any web page: the console signs in through the API. Hidden from the OpenAPI document, which describes the API.
 */
export function consoleRoutes(dist: string = CONSOLE_DIST): FastifyPluginAsync {
  const root = resolve(dist);
  const hide = { schema: { hide: true } };

  const sendIndex = (reply: FastifyReply) => {
    if (!existsSync(join(root, 'index.html')))
      return reply.code(503).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(NOT_BUILT);
    // Never cached: it names the current build's hashed assets.
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root, { cacheControl: false });
  };

  return async (app) => {
    // Encapsulated, so that this registration's reply.sendFile does not clash with @fastify/swagger-ui's.
    await app.register(async (scope) => {
      // preCompressed: the build writes .br and .gz next to each asset (scripts/console-build.mjs).
      await scope.register(fastifyStatic, { root, serve: false, preCompressed: true });
      scope.get('/', hide, (_req, reply) => reply.redirect('/console/', 302));
      scope.get('/console', hide, (_req, reply) => reply.redirect('/console/', 302));
      scope.get('/console/*', hide, (req, reply) => {
        const rel = normalize((req.params as { '*': string })['*'] ?? '');
        const file = resolve(root, rel);
        const inside = file.startsWith(root + sep);
        if (rel && inside && existsSync(file) && statSync(file).isFile()) {
          // Vite names assets by content hash: a name never changes its bytes.
          const immutable = rel.startsWith(`assets${sep}`);
          return reply.sendFile(rel, root, immutable ? { maxAge: '365d', immutable: true } : { cacheControl: false });
        }
        // A missing asset is a 404, not the app: a browser would otherwise parse HTML as a script.
        if (extname(rel) !== '' && !rel.endsWith('.html')) return reply.code(404).type('text/plain').send('Not Found');
        return sendIndex(reply);
      });
    });
  };
}
