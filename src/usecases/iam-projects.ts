import { projectsOfDomain } from '../store/identity.js';
import type { ProjectRow } from '../store/schema.js';
import type { Services } from '../services.js';
import { requireDomainAdmin } from './iam-guards.js';
import type { Principal } from './principal.js';

/** KeystoneListProjects' filters that archgate's projects can match. */
export interface ProjectFilter {
  name?: string;
  domain_id?: string;
  enabled?: boolean;
  is_domain?: boolean;
  parent_id?: string;
}

/**
 * KeystoneListProjects (GET /v3/projects): the projects of the caller's domain, as the cloud answers a
 * user allowed to list them (domain administrators here). The Terraform provider finds a region's project
 * id this way (`?name=<region>`). Another domain's id matches nothing.
 */
export async function keystoneListProjects(s: Services, p: Principal, f: ProjectFilter): Promise<ProjectRow[]> {
  await requireDomainAdmin(s, p);
  if (f.domain_id !== undefined && f.domain_id !== p.domainId) return [];
  // Every archgate project is enabled, and a region's project of the domain: no subproject, no domain-as-project.
  if (f.enabled === false || f.is_domain === true) return [];
  if (f.parent_id !== undefined && f.parent_id !== p.domainId) return [];
  const all = await projectsOfDomain(s.store.db, p.domainId);
  return f.name === undefined ? all : all.filter((x) => x.name === f.name);
}
