import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type PortalSession, readSession, signIn, signOut } from './sessionApi';

export interface SessionState {
  status: 'loading' | 'signed-out' | 'signed-in' | 'error';
  session: PortalSession | null;
  signIn(personId: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);
const SESSION_KEY = ['portal', 'session'] as const;

/** Who is signed in (the server's cookie session), shared by the header, the pages and the route guards. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: ({ signal }) => readSession(signal), retry: 1 });
  const value = useMemo<SessionState>(
    () => ({
      status: query.isPending ? 'loading' : query.isError ? 'error' : query.data ? 'signed-in' : 'signed-out',
      session: query.data ?? null,
      async signIn(personId) {
        const session = await signIn(personId);
        // Everything cached belongs to the previous viewer.
        queryClient.removeQueries({ predicate: (q) => q.queryKey[1] !== 'session' });
        queryClient.setQueryData(SESSION_KEY, session);
      },
      async signOut() {
        await signOut();
        queryClient.removeQueries({ predicate: (q) => q.queryKey[1] !== 'session' });
        queryClient.setQueryData(SESSION_KEY, null);
      },
    }),
    [query.isPending, query.isError, query.data, queryClient],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs <SessionProvider>');
  return value;
}

/** The signed-in session; only for pages behind the sign-in guard. */
export function useSignedIn(): PortalSession {
  const { session } = useSession();
  if (!session) throw new Error('useSignedIn outside the signed-in routes');
  return session;
}
