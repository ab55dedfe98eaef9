import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ROLES } from '../../domain/enums.js';
import type { Services } from '../../services.js';
import { createProject, createWorkspace, deleteMember, membersOf, projectsOf, putMember, workspaceSettings, workspacesOf } from '../../usecases/tenancy.js';
import { principalOf } from '../authenticate.js';
import { ok } from '../present.js';
import { Envelope, errorResponses } from '../wire/common.js';

const tags = ['archgate extension: administration'];
const ext = 'archgate extension (not in the cloud API). ';
const Hex32 = Type.String({ pattern: '^[0-9a-f]{32}$' });
const ProjectVO = Type.Object({ id: Type.String(), name: Type.String(), domain_id: Type.String(), create_time: Type.String() });
const WorkspaceVO = Type.Object({ id: Type.String(), project_id: Type.String(), name: Type.String(), mode: Type.String(), create_time: Type.String() });
const MemberVO = Type.Object({ user_id: Type.String(), user_name: Type.Optional(Type.String()), role: Type.String() });
const WsParams = Type.Object({ project_id: Type.String(), workspace_id: Type.String() });

/** archgate extension: projects, workspaces and memberships. */
export const tenancyRoutes = (s: Services): FastifyPluginAsyncTypebox => async (app) => {
  const config = { authenticated: true };

  app.post('/archgate/v1/projects', {
    config, schema: { operationId: 'ArchgateCreateProject', summary: `${ext}Create a project (domain administrators)`, tags,
      body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 64 }), id: Type.Optional(Hex32) }),
      response: { 200: Envelope(ProjectVO), ...errorResponses } },
  }, async (req) => ok(await createProject(s, principalOf(req), req.body.name, req.body.id)));

  app.get('/archgate/v1/projects', {
    config, schema: { operationId: 'ArchgateListProjects', summary: `${ext}List the domain's projects`, tags,
      response: { 200: Envelope(Type.Object({ total: Type.Integer(), records: Type.Array(ProjectVO) })), ...errorResponses } },
  }, async (req) => {
    const records = await projectsOf(s, principalOf(req));
    return ok({ total: records.length, records });
  });

  app.post('/archgate/v1/:project_id/workspaces', {
    config, schema: { operationId: 'ArchgateCreateWorkspace', summary: `${ext}Create a workspace (domain administrators); the creator becomes its admin`, tags,
      params: Type.Object({ project_id: Type.String() }),
      body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 64 }), mode: Type.Optional(Type.Enum(['simple', 'enterprise'])), id: Type.Optional(Hex32) }),
      response: { 200: Envelope(WorkspaceVO), ...errorResponses } },
  }, async (req) => ok(await createWorkspace(s, principalOf(req), req.params.project_id, req.body.name, req.body.mode ?? 'simple', req.body.id)));

  app.get('/archgate/v1/:project_id/workspaces', {
    config, schema: { operationId: 'ArchgateListWorkspaces', summary: `${ext}List workspaces (all for domain administrators, else one's own)`, tags,
      params: Type.Object({ project_id: Type.String() }),
      response: { 200: Envelope(Type.Object({ total: Type.Integer(), records: Type.Array(WorkspaceVO) })), ...errorResponses } },
  }, async (req) => {
    const records = await workspacesOf(s, principalOf(req), req.params.project_id);
    return ok({ total: records.length, records });
  });

  app.get('/archgate/v1/:project_id/workspaces/:workspace_id/members', {
    config, schema: { operationId: 'ArchgateListMembers', summary: `${ext}List a workspace's members and roles`, tags, params: WsParams,
      response: { 200: Envelope(Type.Object({ total: Type.Integer(), records: Type.Array(MemberVO) })), ...errorResponses } },
  }, async (req) => {
    const records = await membersOf(s, principalOf(req), req.params.project_id, req.params.workspace_id);
    return ok({ total: records.length, records });
  });

  app.put('/archgate/v1/:project_id/workspaces/:workspace_id/members/:user_id', {
    config, schema: { operationId: 'ArchgatePutMember', summary: `${ext}Add a member or change its role (workspace admins)`, tags,
      params: Type.Object({ project_id: Type.String(), workspace_id: Type.String(), user_id: Type.String() }),
      body: Type.Object({ role: Type.Enum([...ROLES]) }), response: { 200: Envelope(MemberVO), ...errorResponses } },
  }, async (req) => ok(await putMember(s, principalOf(req), req.params.project_id, req.params.workspace_id, req.params.user_id, req.body.role)));

  const Settings = Type.Object({ workspace_id: Type.String(), mode: Type.String(), enforce_references: Type.Boolean() });
  app.get('/archgate/v1/:project_id/workspaces/:workspace_id/settings', {
    config, schema: { operationId: 'ArchgateShowWorkspaceSettings', summary: `${ext}A workspace's settings (workspace admins)`, tags, params: WsParams,
      response: { 200: Envelope(Settings), ...errorResponses } },
  }, async (req) => ok(await workspaceSettings(s, principalOf(req), req.params.project_id, req.params.workspace_id)));

  app.put('/archgate/v1/:project_id/workspaces/:workspace_id/settings', {
    config, schema: { operationId: 'ArchgateUpdateWorkspaceSettings', summary: `${ext}Turn the reference rules off or on for a workspace (workspace admins)`, tags,
      params: WsParams, body: Type.Object({ enforce_references: Type.Optional(Type.Boolean()) }),
      response: { 200: Envelope(Settings), ...errorResponses } },
  }, async (req) => ok(await workspaceSettings(s, principalOf(req), req.params.project_id, req.params.workspace_id, req.body)));

  app.delete('/archgate/v1/:project_id/workspaces/:workspace_id/members/:user_id', {
    config, schema: { operationId: 'ArchgateDeleteMember', summary: `${ext}Remove a member (workspace admins)`, tags,
      params: Type.Object({ project_id: Type.String(), workspace_id: Type.String(), user_id: Type.String() }),
      response: { 200: Envelope(Type.Integer()), ...errorResponses } },
  }, async (req) => ok(await deleteMember(s, principalOf(req), req.params.project_id, req.params.workspace_id, req.params.user_id)));
};
