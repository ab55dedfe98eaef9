import type { BizStatus, BizType, ObjectVO, Picked } from './wire';

/** What the objects list is narrowed to: the page's filters and the subject chosen in the tree. */
export interface ObjectFilter {
  bizType?: BizType;
  status?: BizStatus;
  name?: string;
  parentId?: string;
}

/** The list query for a filter and a page (the list serves pages of up to 1,000). */
export const listQuery = (f: ObjectFilter, limit: number, offset: number) => ({
  biz_type: f.bizType,
  status: f.status,
  name: f.name || undefined,
  parent_id: f.parentId,
  limit,
  offset,
});

export const pickOf = (o: ObjectVO): Picked => ({ biz_id: o.id, biz_type: o.biz_type as BizType, name: o.name_en, status: o.status });
