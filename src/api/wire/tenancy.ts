import Type, { type Static } from 'typebox';
import { ROLES } from '../../domain/enums.js';
import { TENANCY_NAME_MAX } from '../../domain/tenancy.js';
import type {
  CreateProjectInput,
  CreateWorkspaceInput,
  MemberRef,
  UpdateWorkspaceSettingsInput,
  WorkspaceRef,
} from '../../usecases/tenancy.js';
import type { Conforms } from './conforms.js';

/** archgate extension: projects, workspaces, memberships and workspace settings. */

const Hex32 = Type.String({ pattern: '^[0-9a-f]{32}$' });

export const ProjectVO = Type.Object({ id: Type.String(), name: Type.String(), domain_id: Type.String(), create_time: Type.String() });
export const WorkspaceVO = Type.Object({
  id: Type.String(),
  project_id: Type.String(),
  name: Type.String(),
  mode: Type.String(),
  create_time: Type.String(),
});
export const MemberVO = Type.Object({ user_id: Type.String(), user_name: Type.Optional(Type.String()), role: Type.String() });
export const SettingsVO = Type.Object({ workspace_id: Type.String(), mode: Type.String(), enforce_references: Type.Boolean() });

export const ProjectIdParams = Type.Object({ project_id: Type.String() });
export const WsParams = Type.Object({ project_id: Type.String(), workspace_id: Type.String() });
export type WsParams = Conforms<WorkspaceRef, Static<typeof WsParams>>;
export const MemberParams = Type.Object({ project_id: Type.String(), workspace_id: Type.String(), user_id: Type.String() });
export type MemberParams = Conforms<MemberRef, Static<typeof MemberParams>>;

export const CreateProjectBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: TENANCY_NAME_MAX }),
  id: Type.Optional(Hex32),
});
export type CreateProjectBody = Conforms<CreateProjectInput, Static<typeof CreateProjectBody>>;

export const CreateWorkspaceBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: TENANCY_NAME_MAX }),
  mode: Type.Optional(Type.Enum(['simple', 'enterprise'])),
  id: Type.Optional(Hex32),
});
export type CreateWorkspaceBody = Conforms<Omit<CreateWorkspaceInput, 'project_id'>, Static<typeof CreateWorkspaceBody>>;

export const PutMemberBody = Type.Object({ role: Type.Enum([...ROLES]) });

export const SettingsBody = Type.Object({ enforce_references: Type.Optional(Type.Boolean()) });
export type SettingsBody = Conforms<Omit<UpdateWorkspaceSettingsInput, keyof WorkspaceRef>, Static<typeof SettingsBody>>;
