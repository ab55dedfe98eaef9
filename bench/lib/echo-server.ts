/**
 * The baseline: a bare Fastify server that validates the batch-offline body (archgate's own TypeBox
 * schema, compiled by Fastify's default ajv) and echoes it. Run as its own process by bench/lib/echo.ts.
 */
import Fastify from 'fastify';
import { ApprovalBatchParam } from '../../src/api/wire/batch.js';

const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024 });
app.post('/echo', { schema: { body: ApprovalBatchParam } }, async (req) => req.body);
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`echo listening on ${address}\n`);
const stop = () => {
  void app.close().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
