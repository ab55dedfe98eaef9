import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type, { type TSchema } from 'typebox';
import type { Services } from '../../services.js';
import {
  createProject,
  createWorkspace,
  deleteMember,
  listMembers,
  listProjects,
  listWorkspaces,
  putMember,
  showWorkspaceSettings,
  updateWorkspaceSettings,
} from '../../usecases/tenancy.js';
import { principalOf } from '../authenticate.js';
import { ok } from '../present.js';
import { toMemberVO, toProjectVO, toSettingsVO, toWorkspaceVO } from '../present-tenancy.js';
import { Envelope, errorResponses } from '../wire/common.js';
import {
  CreateProjectBody,
  CreateWorkspaceBody,
  MemberParams,
  MemberVO,
  ProjectIdParams,
  ProjectVO,
  PutMemberBody,
  SettingsBody,
  SettingsVO,
  WorkspaceVO,
  WsParams,
} from '../wire/tenancy.js';

const tags = ['archgate extension: administration'];
const ext = 'archgate extension (not in the cloud API). ';
const config = { authenticated: true };
const page = <T extends TSchema>(vo: T) => Envelope(Type.Object({ total: Type.Integer(), records: Type.Array(vo) }));
const listed = <T>(records: T[]) => ok({ total: records.length, records });

type App = Parameters<FastifyPluginAsyncTypebox>[0];

/** archgate extension: projects and workspaces. */
function addProjectRoutes(app: App, s: Services) {
  app.post(
    '/archgate/v1/projects',
    {
      config,
      schema: {
        operationId: 'ArchgateCreateProject',
        summary: `${ext}Create a project (domain administrators)`,
        tags,
        body: CreateProjectBody,
        response: { 200: Envelope(ProjectVO), ...errorResponses },
      },
    },
    async (req) => ok(toProjectVO(await createProject(s, principalOf(req), req.body))),
  );

  app.get(
    '/archgate/v1/projects',
    {
      config,
      schema: {
        operationId: 'ArchgateListProjects',
        summary: `${ext}List the domain's projects`,
        tags,
        response: { 200: page(ProjectVO), ...errorResponses },
      },
    },
    async (req) => listed((await listProjects(s, principalOf(req))).map(toProjectVO)),
  );

  app.post(
    '/archgate/v1/:project_id/workspaces',
    {
      config,
      schema: {
        operationId: 'ArchgateCreateWorkspace',
        summary: `${ext}Create a workspace (domain administrators); the creator becomes its admin`,
        tags,
        params: ProjectIdParams,
        body: CreateWorkspaceBody,
        response: { 200: Envelope(WorkspaceVO), ...errorResponses },
      },
    },
    async (req) => ok(toWorkspaceVO(await createWorkspace(s, principalOf(req), { ...req.body, project_id: req.params.project_id }))),
  );

  app.get(
    '/archgate/v1/:project_id/workspaces',
    {
      config,
      schema: {
        operationId: 'ArchgateListWorkspaces',
        summary: `${ext}List workspaces (all for domain administrators, else one's own)`,
        tags,
        params: ProjectIdParams,
        response: { 200: page(WorkspaceVO), ...errorResponses },
      },
    },
    async (req) => listed((await listWorkspaces(s, principalOf(req), req.params)).map(toWorkspaceVO)),
  );
}

/** archgate extension: a workspace's members and settings. */
function addWorkspaceRoutes(app: App, s: Services) {
  app.get(
    '/archgate/v1/:project_id/workspaces/:workspace_id/members',
    {
      config,
      schema: {
        operationId: 'ArchgateListMembers',
        summary: `${ext}List a workspace's members and roles`,
        tags,
        params: WsParams,
        response: { 200: page(MemberVO), ...errorResponses },
      },
    },
    async (req) => listed((await listMembers(s, principalOf(req), req.params)).map(toMemberVO)),
  );

  app.put(
    '/archgate/v1/:project_id/workspaces/:workspace_id/members/:user_id',
    {
      config,
      schema: {
        operationId: 'ArchgatePutMember',
        summary: `${ext}Add a member or change its role (workspace admins)`,
        tags,
        params: MemberParams,
        body: PutMemberBody,
        response: { 200: Envelope(MemberVO), ...errorResponses },
      },
    },
    async (req) => ok(toMemberVO(await putMember(s, principalOf(req), { ...req.params, role: req.body.role }))),
  );

  app.get(
    '/archgate/v1/:project_id/workspaces/:workspace_id/settings',
    {
      config,
      schema: {
        operationId: 'ArchgateShowWorkspaceSettings',
        summary: `${ext}A workspace's settings (workspace admins)`,
        tags,
        params: WsParams,
        response: { 200: Envelope(SettingsVO), ...errorResponses },
      },
    },
    async (req) => ok(toSettingsVO(await showWorkspaceSettings(s, principalOf(req), req.params))),
  );

  app.put(
    '/archgate/v1/:project_id/workspaces/:workspace_id/settings',
    {
      config,
      schema: {
        operationId: 'ArchgateUpdateWorkspaceSettings',
        summary: `${ext}Turn the reference rules off or on for a workspace (workspace admins)`,
        tags,
        params: WsParams,
        body: SettingsBody,
        response: { 200: Envelope(SettingsVO), ...errorResponses },
      },
    },
    async (req) => ok(toSettingsVO(await updateWorkspaceSettings(s, principalOf(req), { ...req.body, ...req.params }))),
  );

  app.delete(
    '/archgate/v1/:project_id/workspaces/:workspace_id/members/:user_id',
    {
      config,
      schema: {
        operationId: 'ArchgateDeleteMember',
        summary: `${ext}Remove a member (workspace admins)`,
        tags,
        params: MemberParams,
        response: { 200: Envelope(Type.Integer()), ...errorResponses },
      },
    },
    async (req) => ok(await deleteMember(s, principalOf(req), req.params)),
  );
}

/** archgate extension: projects, workspaces and memberships. */
export const tenancyRoutes =
  (s: Services): FastifyPluginAsyncTypebox =>
  async (app) => {
    addProjectRoutes(app, s);
    addWorkspaceRoutes(app, s);
  };
