import type { Static } from 'typebox';
import type { NewProject, NewWorkspace, WorkspaceSettings } from '../usecases/tenancy.js';
import type { MemberVO, ProjectVO, SettingsVO, WorkspaceVO } from './wire/tenancy.js';

/** archgate's administration results to their wire shapes. */

export const toProjectVO = (p: NewProject): Static<typeof ProjectVO> => ({
  id: p.id,
  name: p.name,
  domain_id: p.domain_id,
  create_time: p.create_time,
});

export const toWorkspaceVO = (w: NewWorkspace): Static<typeof WorkspaceVO> => ({
  id: w.id,
  project_id: w.project_id,
  name: w.name,
  mode: w.mode,
  create_time: w.create_time,
});

export const toMemberVO = (m: { user_id: string; user_name?: string; role: string }): Static<typeof MemberVO> =>
  m.user_name === undefined ? { user_id: m.user_id, role: m.role } : { user_id: m.user_id, user_name: m.user_name, role: m.role };

export const toSettingsVO = (s: WorkspaceSettings): Static<typeof SettingsVO> => ({
  workspace_id: s.workspaceId,
  mode: s.mode,
  enforce_references: s.enforceReferences,
});
