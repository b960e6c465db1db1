import { useEffect, useState } from 'preact/hooks';
import { client, renewSocketToken, reopenSocket } from '../api/client';
import { LOGIN, LOGOUT, REFRESH_TOKEN, REGISTER } from '../api/operations';
import type { AuthFieldsFragment, LoginInput, RegisterInput } from '../gql/graphql';
import { tokenStore } from './token-store';

export type SessionUser = AuthFieldsFragment['user'];

/** Refresh this long before the access token expires, so no request ever carries an expired one. */
const REFRESH_MARGIN_SECONDS = 60;

let user: SessionUser | undefined;
let restoring = tokenStore.refreshToken() !== undefined;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function begin(payload: AuthFieldsFragment, sameUser: boolean): void {
  tokenStore.save(payload);
  user = payload.user;
  clearTimeout(refreshTimer);
  const delaySeconds = Math.max(payload.expiresIn - REFRESH_MARGIN_SECONDS, payload.expiresIn / 2);
  refreshTimer = setTimeout(() => void refresh(), delaySeconds * 1000);
  if (sameUser) renewSocketToken();
  else reopenSocket();
  notify();
}

function end(): void {
  const hadUser = user !== undefined;
  tokenStore.clear();
  user = undefined;
  clearTimeout(refreshTimer);
  if (hadUser) reopenSocket();
  notify();
}

/** Quietly trades the refresh token (single use, rotated) for fresh tokens; logs out when refused. */
async function refresh(): Promise<void> {
  const refreshToken = tokenStore.refreshToken();
  if (!refreshToken) return end();
  const result = await client.mutation(REFRESH_TOKEN, { refreshToken }).toPromise();
  restoring = false;
  if (result.data) begin(result.data.refreshToken, user?.id === result.data.refreshToken.user.id);
  else if (!result.error?.networkError) end();
  else {
    refreshTimer = setTimeout(() => void refresh(), 5000);
    notify();
  }
}

export const session = {
  user: () => user,
  restoring: () => restoring,
  async login(input: LoginInput) {
    const result = await client.mutation(LOGIN, { input }).toPromise();
    if (result.data) begin(result.data.login, false);
    return result.error;
  },
  async register(input: RegisterInput) {
    const result = await client.mutation(REGISTER, { input }).toPromise();
    if (result.data) begin(result.data.register, false);
    return result.error;
  },
  async logout() {
    const refreshToken = tokenStore.refreshToken();
    end();
    if (refreshToken) await client.mutation(LOGOUT, { refreshToken }).toPromise();
  },
};

/** A reload keeps the session of this tab: the refresh token in sessionStorage buys a new access token. */
if (restoring) void refresh();

/** The signed-in user (re-renders on login, logout and refresh) and whether a session is still being restored. */
export function useSession(): { user: SessionUser | undefined; restoring: boolean } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((tick) => tick + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return { user, restoring };
}
