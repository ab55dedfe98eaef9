import type { ApprovalType } from './enums.js';

/**
 * The reference rules (issue "References between objects", docs/API.md §11.6), as pure functions over what the
 * store loaded: an object is published only after everything it references, and goes offline only after
 * everything online that references it.
 */
export interface RefNode {
  id: string;
  bizType: string;
  name: string;
  status: string;
}

/** Still online: published, or published with an offline request under review. */
export const ONLINE = new Set(['PUBLISHED', 'OFFLINE_DEVELOPING']);

export const MAX_NAMED_BLOCKERS = 5;

/**
 * The order to process a batch in: for PUBLISH an object after what it references, for OFFLINE before.
 * `edges` are [referrer, referenced] pairs among the batch's own objects. Members of a cycle keep the
 * request's order (and then fail their checks).
 */
export function batchOrder(type: ApprovalType, ids: readonly string[], edges: readonly (readonly [string, string])[]): string[] {
  const inBatch = new Set(ids);
  const after = new Map<string, string[]>(ids.map((id) => [id, []]));
  const waiting = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const [src, dst] of edges) {
    if (!inBatch.has(src) || !inBatch.has(dst) || src === dst) continue;
    // PUBLISH: dst (referenced) first; OFFLINE: src (referrer) first.
    const [first, second] = type === 'PUBLISH' ? [dst, src] : [src, dst];
    after.get(first)!.push(second);
    waiting.set(second, waiting.get(second)! + 1);
  }
  // Kahn's algorithm; among the ready ones the earliest in the request goes first (a heap of positions,
  // so that a 10,000-item batch orders in O(n log n)).
  const order: string[] = [];
  const position = new Map(ids.map((id, i) => [id, i]));
  const ready = new MinHeap();
  ids.forEach((id, i) => {
    if (waiting.get(id) === 0) ready.push(i);
  });
  while (ready.size > 0) {
    const id = ids[ready.pop()]!;
    order.push(id);
    for (const next of after.get(id)!) {
      const n = waiting.get(next)! - 1;
      waiting.set(next, n);
      if (n === 0) ready.push(position.get(next)!);
    }
  }
  const placed = new Set(order);
  return [...order, ...ids.filter((id) => !placed.has(id))];
}

export type RefCheck = { ok: true } | { ok: false; remark: string };

/** PUBLISH: everything the object references is PUBLISHED, or passed earlier in the same batch. */
export function checkPublish(name: string, references: readonly RefNode[], passed: ReadonlySet<string>): RefCheck {
  const blocker = references.find((r) => r.status !== 'PUBLISHED' && !passed.has(r.id));
  return blocker
    ? { ok: false, remark: `Definition ${name} references ${blocker.bizType} ${blocker.name}, which is not published` }
    : { ok: true };
}

/** OFFLINE: nothing online references the object, except what passed earlier in the same batch. */
export function checkOffline(name: string, referrers: readonly RefNode[], passed: ReadonlySet<string>): RefCheck {
  const blockers = referrers.filter((r) => ONLINE.has(r.status) && !passed.has(r.id));
  if (blockers.length === 0) return { ok: true };
  const named = blockers
    .slice(0, MAX_NAMED_BLOCKERS)
    .map((b) => `${b.bizType} ${b.name}`)
    .join(', ');
  const more = blockers.length > MAX_NAMED_BLOCKERS ? `, and ${blockers.length - MAX_NAMED_BLOCKERS} more` : '';
  return {
    ok: false,
    remark: `Definition ${name} is referenced by ${blockers.length} published object${blockers.length === 1 ? '' : 's'}: ${named}${more}`,
  };
}

/** A binary min-heap of numbers. */
class MinHeap {
  readonly #a: number[] = [];

  get size(): number {
    return this.#a.length;
  }

  push(v: number): void {
    const a = this.#a;
    let i = a.push(v) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p]! <= v) break;
      a[i] = a[p]!;
      i = p;
    }
    a[i] = v;
  }

  pop(): number {
    const a = this.#a;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= a.length) break;
        const c = l + 1 < a.length && a[l + 1]! < a[l]! ? l + 1 : l;
        if (a[c]! >= last) break;
        a[i] = a[c]!;
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
}
