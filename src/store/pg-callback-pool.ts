import type pg from 'pg';
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/**
 * The pool Kysely is given on PostgreSQL: node-postgres's own, whose clients run each query in the driver's
 * callback form behind a promise of ours, where Kysely would call the driver's promise form.
 *
 * Why: through the promise form, every result's rows were promoted to V8's old generation at a later
 * scavenge, though nothing kept them once read (a heap snapshot after the reads holds none; why the promise
 * form has them outlive a scavenge is not settled). A loop of 400 reads of 50 applications through Kysely,
 * under --trace-gc-nvp: 24 to 26 MB promoted through the promise form, 10 to 113 KB through this pool; a list node,
 * 200 requests: about 20 MB against 150 KB. The old generation filled every 150 or so list requests, and
 * each mark-compact paused a request or two by 10 to 40 ms (docs/PERFORMANCE.md, round 10;
 * test/pg-reads-promotion.test.ts).
 * The answers, errors included, are the driver's own in both forms.
 */
export function callbackPool(pool: pg.Pool): PostgresPool {
  // One wrapper per driver client, so that Kysely's per-client connection state (a WeakMap keyed on what
  // connect() answers) stays one per client.
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    let w = wrappers.get(client);
    if (w === undefined) {
      w = {
        query: ((text: string | PostgresCursor<unknown>, values?: readonly unknown[]) => {
          // A cursor (Kysely's streamQuery, which archgate does not use on PostgreSQL) goes through as is.
          if (typeof text !== 'string') return client.query(text as never);
          return new Promise<PostgresQueryResult<unknown>>((resolve, reject) => {
            client.query(text, values as unknown[], (err, res) => (err ? reject(err) : resolve(res as PostgresQueryResult<unknown>)));
          });
        }) as PostgresPoolClient['query'],
        release: (destroy?: boolean) => client.release(destroy),
      };
      wrappers.set(client, w);
    }
    return w;
  };
  return {
    connect: async () => wrap(await pool.connect()),
    end: () => pool.end(),
  };
}
