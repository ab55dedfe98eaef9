import { BIZ_STATUSES, BIZ_TYPES } from '../../../../src/domain/enums';
import type { BizStatus, BizType } from './wire';

/**
 * The business types and statuses the objects list filters by: the server's own enumerations (plain data,
 * no imports), checked here against the API document's, both ways, at typecheck.
 */
export { BIZ_STATUSES, BIZ_TYPES };

// Every listed value is one the API takes …
const listed: { types: readonly BizType[]; statuses: readonly BizStatus[] } = { types: BIZ_TYPES, statuses: BIZ_STATUSES };
void listed;
// … and a value the API gains and the list lacks fails the console's typecheck here.
type Missing = Exclude<BizType, (typeof BIZ_TYPES)[number]> | Exclude<BizStatus, (typeof BIZ_STATUSES)[number]>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;
