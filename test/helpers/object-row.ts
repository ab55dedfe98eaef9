import type { ObjectRow } from '../../src/store/objects.js';

export const FIXTURE_TIME = '2026-11-27T00:00:00.000Z';

/** A DRAFT object row for store-level tests, written straight into the store. */
export const objectRow = (id: string, over: Partial<ObjectRow> = {}): ObjectRow => ({
  id,
  project_id: 'p',
  workspace_id: 'w',
  biz_type: 'TABLE_MODEL',
  name_en: id,
  name_ch: null,
  code: null,
  description: null,
  status: 'DRAFT',
  prior_status: null,
  parent_id: null,
  refs: [],
  biz_info: {},
  biz_version: 0,
  env_type: null,
  dev_version: 0,
  prod_version: 0,
  create_by: 'a',
  update_by: 'a',
  create_time: FIXTURE_TIME,
  update_time: FIXTURE_TIME,
  ...over,
});
