import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serverCommand } from '../../scripts/build-server.mjs';

/**
 * The server runs one way everywhere: `npm start`, the container image and the bench (which reads
 * package.json's `start` through serverCommand) run the compiled server with the same Node flags, so that
 * the bench's memory and speed are what a user's server has.
 */
describe('the server command', () => {
  it("is package.json's start script: node and its settings, the compiled server", () => {
    const words = serverCommand();
    expect(words).toContain('node');
    expect(words.at(-1)).toBe('build/main.js');
  });

  it("is the container image's CMD, word for word", () => {
    const cmd = /^CMD (\[.*\])$/m.exec(readFileSync('Dockerfile', 'utf8'))?.[1];
    expect(cmd).toBeDefined();
    expect(JSON.parse(cmd!)).toEqual(serverCommand());
  });
});
