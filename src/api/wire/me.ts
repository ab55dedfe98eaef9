import Type from 'typebox';

export const MeVO = Type.Object({
  user: Type.Object({
    id: Type.String(),
    name: Type.String(),
    domain_id: Type.String(),
    domain_name: Type.String(),
    is_domain_admin: Type.Boolean(),
  }),
  project: Type.Object({ id: Type.String(), name: Type.String() }),
  workspaces: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      mode: Type.String(),
      role: Type.String(),
      operations: Type.Array(Type.String(), { description: 'The operations the role may call (src/iam/permissions.ts)' }),
    }),
  ),
});
