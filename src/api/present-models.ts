import { rfc3339InZone } from '../domain/time.js';
import type { Model } from '../usecases/models.js';
import type { WorkspaceOut } from './wire/models.js';

/** A model as the cloud's WorkspaceVO: times in the configured zone. */
export function toWorkspaceVO(m: Model, tz: string): WorkspaceOut {
  return { ...m, create_time: rfc3339InZone(m.create_time, tz)!, update_time: rfc3339InZone(m.update_time, tz)! };
}
