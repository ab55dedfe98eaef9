import type { paths } from '../../../../src/client/openapi';

export type ObjectVO =
  paths['/archgate/v1/{project_id}/objects/{id}']['get']['responses'][200]['content']['application/json']['data']['value'];

/**
 * The published object in the shape the application's snapshot (biz_info_obj) takes, as the server builds
 * it (src/usecases/snapshot.ts), so that the two compare field by field.
 */
export function publishedSnapshot(o: ObjectVO): Record<string, unknown> {
  return {
    ...o.biz_info,
    id: o.id,
    biz_type: o.biz_type,
    name_en: o.name_en,
    name_ch: o.name_ch,
    code: o.code,
    description: o.description,
    parent_id: o.parent_id,
    references: o.references,
  };
}

/** Pretty JSON with sorted keys; the status is left out, as it is not part of what changes. */
export function comparable(snapshot: Record<string, unknown> | null | undefined): string {
  if (!snapshot) return '';
  const { status: _status, ...rest } = snapshot;
  const sorted = Object.fromEntries(
    Object.keys(rest)
      .sort()
      .map((k) => [k, rest[k]]),
  );
  return JSON.stringify(sorted, null, 2);
}
