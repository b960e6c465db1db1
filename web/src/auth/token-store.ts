/**
 * Where the tokens live. The access token only in memory. The refresh token in sessionStorage:
 * the API returns it in the response body (it sets no cookie, so an httpOnly cookie is not
 * available), and sessionStorage, unlike localStorage, is scoped to this tab and cleared when it
 * closes, so a reload keeps the session but the token does not linger on the machine.
 */
const REFRESH_KEY = 'boxoffice.refreshToken';

let accessToken: string | undefined;

export const tokenStore = {
  accessToken: () => accessToken,
  refreshToken: () => sessionStorage.getItem(REFRESH_KEY) ?? undefined,
  save(tokens: { accessToken: string; refreshToken: string }) {
    accessToken = tokens.accessToken;
    sessionStorage.setItem(REFRESH_KEY, tokens.refreshToken);
  },
  clear() {
    accessToken = undefined;
    sessionStorage.removeItem(REFRESH_KEY);
  },
};

export const bearer = (): string | undefined => (accessToken ? `Bearer ${accessToken}` : undefined);
