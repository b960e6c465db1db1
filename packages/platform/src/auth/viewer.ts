/** Roles of the contract's `Role` enum; the users subgraph owns the GraphQL type. */
export type Role = 'CUSTOMER' | 'ORGANIZER' | 'ADMIN';

/** The authenticated caller, as proven by a verified access token. */
export interface Viewer {
  id: string;
  role: Role;
  /** The session (refresh-token family) the access token was issued to, when it names one. */
  sessionId?: string;
}

/** What every resolver knows about the caller: a viewer, or nobody (anonymous). */
export interface AuthContext {
  viewer?: Viewer;
}
