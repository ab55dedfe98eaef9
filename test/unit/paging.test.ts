import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT, pageOf } from '../../src/domain/paging.js';

describe('pageOf: the page a list request asks for', () => {
  it.each([
    { q: {}, page: { limit: DEFAULT_LIMIT, offset: 0 } },
    { q: { limit: 10 }, page: { limit: 10, offset: 0 } },
    { q: { limit: 10, offset: 25 }, page: { limit: 10, offset: 20 } },
    { q: { limit: 10, offset: 30 }, page: { limit: 10, offset: 30 } },
    { q: { offset: 99 }, page: { limit: 50, offset: 50 } },
  ])('$q gives $page', ({ q, page }) => {
    expect(pageOf(q)).toEqual(page);
  });
});
