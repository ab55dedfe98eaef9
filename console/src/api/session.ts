import { createContext, createElement, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

/** What a sign-in leaves in the browser tab: sessionStorage, so closing the tab signs out. */
export interface StoredSession {
  token: string;
  expiresAt: string;
  user: { id: string; name: string; domain: string };
  projectId: string;
  projectName: string;
}

/** A workspace the user belongs to, with their role and the operations it allows (from GET /archgate/v1/{p}/me). */
export interface MyWorkspace {
  id: string;
  name: string;
  role: string;
  operations: string[];
}

/** A project the user can work in (from GET /archgate/v1/{p}/me); a token is scoped to one of them. */
export interface MyProject {
  id: string;
  name: string;
}

const SESSION_KEY = 'archgate.session';
const NOTICE_KEY = 'archgate.signin.notice';
const workspaceKey = (s: StoredSession) => `archgate.workspace.${s.user.domain}.${s.user.name}.${s.projectId}`;

function readStored(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    return raw ? (JSON.parse(raw) as StoredSession) : null;
  } catch {
    return null;
  }
}

interface SessionState {
  session: StoredSession | null;
  workspaceId: string | null;
  workspaces: MyWorkspace[];
  projects: MyProject[];
  isDomainAdmin: boolean;
  signIn: (s: StoredSession) => void;
  /** Clears the session; `noticeKey` is an i18n key the sign-in page shows (e.g. why the user was sent back). */
  signOut: (noticeKey?: string) => void;
  setWorkspace: (id: string) => void;
  setMembership: (workspaces: MyWorkspace[], isDomainAdmin: boolean, projects: MyProject[]) => void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<StoredSession | null>(readStored);
  const [workspaceId, setWorkspaceId] = useState<string | null>(() => {
    const s = readStored();
    return s ? localStorage.getItem(workspaceKey(s)) : null;
  });
  const [workspaces, setWorkspaces] = useState<MyWorkspace[]>([]);
  const [isDomainAdmin, setIsDomainAdmin] = useState(false);
  const [projects, setProjects] = useState<MyProject[]>([]);

  const signIn = useCallback((s: StoredSession) => {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(s));
    sessionStorage.removeItem(NOTICE_KEY);
    setSession(s);
    setWorkspaceId(localStorage.getItem(workspaceKey(s)));
  }, []);

  const signOut = useCallback((noticeKey?: string) => {
    sessionStorage.removeItem(SESSION_KEY);
    if (noticeKey) sessionStorage.setItem(NOTICE_KEY, noticeKey);
    setSession(null);
    setWorkspaces([]);
    setProjects([]);
    setIsDomainAdmin(false);
  }, []);

  const setWorkspace = useCallback(
    (id: string) => {
      if (session) localStorage.setItem(workspaceKey(session), id);
      setWorkspaceId(id);
    },
    [session],
  );

  const setMembership = useCallback(
    (list: MyWorkspace[], admin: boolean, mine: MyProject[]) => {
      setWorkspaces(list);
      setIsDomainAdmin(admin);
      setProjects(mine);
      // The remembered workspace may be one the user has since left: fall back to the first they belong to.
      setWorkspaceId((current) => {
        const chosen = list.some((w) => w.id === current) ? current : (list[0]?.id ?? null);
        if (session && chosen) localStorage.setItem(workspaceKey(session), chosen);
        return chosen;
      });
    },
    [session],
  );

  const value = useMemo(
    () => ({ session, workspaceId, workspaces, projects, isDomainAdmin, signIn, signOut, setWorkspace, setMembership }),
    [session, workspaceId, workspaces, projects, isDomainAdmin, signIn, signOut, setWorkspace, setMembership],
  );
  return createElement(SessionContext.Provider, { value }, children);
}

export function useSessionState(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The notice the sign-in page shows once (an i18n key), e.g. after a 401 sent the user back. */
export function takeSignInNotice(): string | null {
  const key = sessionStorage.getItem(NOTICE_KEY);
  sessionStorage.removeItem(NOTICE_KEY);
  return key;
}

export interface Session {
  token: string;
  user: { id: string; name: string; domain: string };
  projectId: string;
  projectName: string;
  workspaceId: string;
  workspace: MyWorkspace | undefined;
  role: string | undefined;
  isDomainAdmin: boolean;
  /** Whether the user's role in the current workspace allows an operation (names of src/iam/permissions.ts). */
  can: (operation: string) => boolean;
}

/** The signed-in session, for pages under the auth guard (which renders them only once a workspace is chosen). */
export function useSession(): Session {
  const { session, workspaceId, workspaces, isDomainAdmin } = useSessionState();
  if (!session) throw new Error('useSession used outside the auth guard');
  const workspace = workspaces.find((w) => w.id === workspaceId);
  return {
    token: session.token,
    user: session.user,
    projectId: session.projectId,
    projectName: session.projectName,
    workspaceId: workspaceId ?? '',
    workspace,
    role: workspace?.role,
    isDomainAdmin,
    can: (operation: string) => workspace?.operations.includes(operation) ?? false,
  };
}
