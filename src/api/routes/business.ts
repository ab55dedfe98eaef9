import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Services } from '../../services.js';
import { diffEdit, discardEdit } from '../../usecases/pending-edits.js';
import { callerOf } from '../authenticate.js';
import { ok } from '../present.js';
import { Envelope, WorkspaceHeaders, errorResponses } from '../wire/common.js';
import { rfc3339InZone } from '../../domain/time.js';
import { BusinessParams, BusinessQuery, PublishVersionVO } from '../wire/versions.js';

const PATH = '/v2/:project_id/design/approvals/business/:biz_id';
const tags = ['Approval Management'];

/** The pending edit of a published object: discard it, or compare it with the released version. */
export const businessRoutes = (s: Services): FastifyPluginAsyncTypebox => async (app) => {
  app.delete(PATH, {
    config: { operation: 'deleteDesignLatestApproval' },
    schema: {
      operationId: 'DeleteDesignLatestApproval', summary: 'Deleting an Entity (the pending edit)', tags,
      params: BusinessParams, headers: WorkspaceHeaders, querystring: BusinessQuery,
      response: { 200: Envelope(Type.Integer({ description: '1 when a pending edit was deleted, 0 when there was none' })), ...errorResponses },
    },
  }, async (req) => ok(await discardEdit(s, callerOf(req), req.params.biz_id, req.query.biz_type)));

  app.get(`${PATH}/diff`, {
    config: { operation: 'searchDesignLatestApprovalDiff' },
    schema: {
      operationId: 'SearchDesignLatestApprovalDiff', summary: 'Difference between the pending edit and the released entity', tags,
      params: BusinessParams, headers: WorkspaceHeaders, querystring: BusinessQuery,
      response: { 200: Envelope(PublishVersionVO), ...errorResponses },
    },
  }, async (req) => {
    const { obj, edit, pending, changes } = await diffEdit(s, callerOf(req), req.params.biz_id, req.query.biz_type);
    return ok({
      id: edit.id, version_name: `V${edit.biz_version}`, version_tag: null, description: edit.description,
      biz_id: obj.id, biz_type: obj.biz_type, biz_info: JSON.stringify(pending), biz_info_vo: pending,
      change_props: JSON.stringify(changes), effect_objs: null, sql_ddl: null, create_by: edit.create_by,
      create_time: rfc3339InZone(edit.update_time, s.config.tz)!, is_current_version: false,
      physical_table: null, dev_physical_table: null, technical_asset: null, business_asset: null,
      meta_data_link: null, data_quality: null, dlf_task: null, publish_to_dlm: null, summary_status: null,
      materialization: null, biz_metric: null,
    });
  });
};
