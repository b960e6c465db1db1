import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import { bearer } from '../auth/token-store';

const httpUrl = new URL('/graphql', window.location.href).href;
const wsUrl = httpUrl.replace(/^http/, 'ws');

let socket: WebSocket | undefined;

/** graphql-ws on the gateway's /graphql; the socket authenticates with the access token it opens with. */
const ws = createWsClient({
  url: wsUrl,
  connectionParams: () => {
    const authorization = bearer();
    return authorization ? { authorization } : {};
  },
  retryAttempts: Infinity,
  shouldRetry: () => true,
  on: {
    connected: (opened) => (socket = opened as WebSocket),
    closed: () => (socket = undefined),
  },
});

/** Hands the open socket a refreshed token (the gateway accepts it in a ping), so it is not closed at expiry. */
export function renewSocketToken(): void {
  const authorization = bearer();
  if (socket?.readyState === WebSocket.OPEN && authorization) socket.send(JSON.stringify({ type: 'ping', payload: { authorization } }));
}

/** Reopens the socket after the user changed (login, logout): a socket keeps the identity it opened with. */
export function reopenSocket(): void {
  socket?.close(4205, 'Client Restart');
}

export const client = new Client({
  url: httpUrl,
  // Queries go as POST with a JSON body too: the gateway refuses simple GET requests (CSRF prevention).
  preferGetMethod: false,
  exchanges: [
    cacheExchange,
    subscriptionExchange({
      forwardSubscription: (request) => ({
        subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
      }),
    }),
    fetchExchange,
  ],
  fetchOptions: () => {
    const authorization = bearer();
    return authorization ? { headers: { authorization } } : {};
  },
});
