import { afterAll, describe, expect, it } from 'vitest';
import { ENGINES } from './helpers/server.js';
import { adminClient, bannerPassword, killAll, launch, launchFailing, occupiedPort, processDbUrl, stop } from './helpers/processes.js';

afterAll(killAll);

// No ARCHGATE_ADMIN_PASSWORD: the first start generates the admin's password.
const GENERATED = { ARCHGATE_ADMIN_PASSWORD: '' };

describe.each(ENGINES)('first start (%s)', (engine) => {
  it('a first start whose port is taken says so in one line, and the next start shows the generated password, once', async () => {
    const db = await processDbUrl(engine, 'ag-first-start');
    const taken = await occupiedPort();
    const failed = await launchFailing({ ...GENERATED, ARCHGATE_DB: db, ARCHGATE_PORT: String(taken.port) }).finally(() => taken.release());
    expect(failed.code).toBe(1);
    expect(failed.output).toBe(`archgate: port ${taken.port} is in use on 127.0.0.1, set ARCHGATE_PORT to a free port\n`);

    const second = await launch({ ...GENERATED, ARCHGATE_DB: db });
    const password = bannerPassword(second.output());
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    await adminClient(second, password);
    expect(await stop(second)).toBe(0);

    const third = await launch({ ...GENERATED, ARCHGATE_DB: db });
    expect(bannerPassword(third.output())).toBeUndefined();
    expect(third.output()).not.toContain(password);
    await adminClient(third, password);
    expect(await stop(third)).toBe(0);
  });
});
