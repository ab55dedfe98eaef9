import { DomainError } from './errors.js';

/** A comma-separated list of ids from a query string: at least one, each a snowflake, none twice. */
export function parseIdList(raw: string, field: string): string[] {
  const ids = raw
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
  if (ids.length === 0) throw new DomainError('INVALID_PARAMETER', { detail: `${field} must name at least one id` });
  const seen = new Set<string>();
  for (const id of ids) {
    if (!/^[0-9]{1,19}$/.test(id)) throw new DomainError('INVALID_PARAMETER', { detail: `${field} holds a malformed id: ${id}` });
    if (seen.has(id)) throw new DomainError('DUPLICATE_ITEM', { field, value: id });
    seen.add(id);
  }
  return ids;
}
