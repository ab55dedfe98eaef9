/** Runs seedApprovals in its own process (argv[2]: SeedInput as JSON), so that the bench's own loop stays free. */
import { seedApprovals, type SeedInput } from './seed.js';

const input = JSON.parse(process.argv[2]!) as SeedInput;
const t0 = performance.now();
seedApprovals(input);
process.stdout.write(`seeded ${input.rows} in ${Math.round(performance.now() - t0)} ms\n`);
