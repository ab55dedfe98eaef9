/**
 * Runs seedApprovals in its own process (argv[2]: SeedInput as JSON), so that the bench's own loop stays
 * free; with `pgUrl` in the input, seedApprovalsPg into that PostgreSQL database instead of the SQLite file.
 */
import { seedApprovals, type SeedInput } from './seed.js';
import { seedApprovalsPg } from './seed-pg.js';

const input = JSON.parse(process.argv[2]!) as SeedInput & { pgUrl?: string };
const t0 = performance.now();
if (input.pgUrl) await seedApprovalsPg(input.pgUrl, input);
else seedApprovals(input);
process.stdout.write(`seeded ${input.rows} in ${Math.round(performance.now() - t0)} ms\n`);
