import type { Kysely, Migration } from 'kysely';

/**
 * The reviewer's own queue (frozen: imports no live code): Pending Review filters on the designated
 * approver's user id and a status, newest or oldest first. One range of this index holds exactly that
 * reviewer's applications in submit order, read forwards or backwards, so the exact count and the page
 * cost follow the reviewer's rows, not the tenant's 1,000,000.
 */
export const approverInbox012: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createIndex('approvals_approver_inbox')
      .on('approvals')
      .columns(['workspace_id', 'project_id', 'approver_user_id', 'approval_status', 'submit_time', 'id'])
      .execute();
  },
};
