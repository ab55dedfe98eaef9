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
  projects: Type.Array(Type.Object({ id: Type.String(), name: Type.String() }), {
    description:
      "The projects of the caller's domain they can work in (a member of one of its workspaces; all of them for a domain administrator), this one included. A token for another is obtained as for this one, scoped to it",
  }),
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
