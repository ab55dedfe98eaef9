import type { Static } from 'typebox';
import { iamTime } from '../iam/time-format.js';
import type { AccessKeyRow, NewKey, NewTemporaryKey } from '../usecases/access-keys.js';
import type { UserRow } from '../usecases/iam-users.js';
import type { IssuedToken } from '../usecases/tokens.js';
import type { TokenResponse } from './wire/iam.js';
import type { CredentialVO, NewCredentialVO, TemporaryCredentialVO, UserVO } from './wire/iam-users.js';

/** IAM results to IAM's own shapes (no {"data":{"value"}} envelope), times in IAM's format. */

export function toTokenResponse(t: IssuedToken): Static<typeof TokenResponse> {
  const domain = { id: t.domain.id, name: t.domain.name };
  return {
    token: {
      expires_at: iamTime(t.expiresAt),
      issued_at: iamTime(t.issuedAt),
      methods: ['password'],
      catalog: [],
      project: { id: t.project.id, name: t.project.name, domain },
      roles: [
        { id: '0', name: 'te_admin' },
        { id: '0', name: 'op_service' },
      ],
      user: { id: t.user.id, name: t.user.name, domain, password_expires_at: '' },
    },
  };
}

export const toUserVO = (u: UserRow): Static<typeof UserVO> => ({
  id: u.id,
  name: u.name,
  email: u.email,
  domain_id: u.domain_id,
  enabled: true,
  pwd_status: true,
  create_time: iamTime(u.create_time),
  is_domain_owner: u.is_domain_admin === 1,
});

export const toCredentialVO = (k: AccessKeyRow): Static<typeof CredentialVO> => ({
  user_id: k.user_id,
  access: k.access,
  status: k.status,
  create_time: iamTime(k.create_time),
  description: k.description,
});

export const toNewCredentialVO = ({ row, secret }: NewKey): Static<typeof NewCredentialVO> => ({
  user_id: row.user_id,
  access: row.access,
  secret,
  status: row.status,
  create_time: iamTime(row.create_time),
  description: row.description,
});

export const toTemporaryCredentialVO = (k: NewTemporaryKey): Static<typeof TemporaryCredentialVO> => ({
  credential: { access: k.row.access, secret: k.secret, securitytoken: k.securityToken, expires_at: iamTime(k.expiresAt) },
});
