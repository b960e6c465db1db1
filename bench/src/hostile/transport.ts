/** What one hostile request got back. */
export interface Observation {
  transport: 'http' | 'ws';
  /** HTTP status. */
  status?: number;
  /** Close code of a websocket the server closed. */
  closeCode?: number;
  /** The body, or the websocket messages as JSON lines. */
  text: string;
}

export async function sendHttp(url: string, body?: string | Uint8Array, headers: Record<string, string> = {}, method = 'POST'): Promise<Observation> {
  const response = await fetch(url, { method, headers, body });
  return { transport: 'http', status: response.status, text: await response.text() };
}

export const postJson = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  sendHttp(url, JSON.stringify(payload), { 'content-type': 'application/json', ...headers });

/**
 * Opens a graphql-transport-ws socket, sends `frames` in order and collects what comes back
 * until the server closes the socket, an `error`/`complete`/`next` arrives, or `waitMs` pass.
 */
export function sendWs(url: string, frames: Array<string | Uint8Array>, waitMs = 2_000): Promise<Observation> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    const messages: string[] = [];
    let settled = false;
    const finish = (closeCode?: number) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) socket.close(1000);
      resolve({ transport: 'ws', closeCode, text: messages.join('\n') });
    };
    const timer = setTimeout(() => finish(), waitMs);
    socket.addEventListener('open', () => frames.forEach((frame) => socket.send(frame)));
    socket.addEventListener('message', (event) => {
      const text = String(event.data);
      messages.push(text);
      const type = (JSON.parse(text) as { type?: string }).type;
      if (type === 'error' || type === 'complete' || type === 'next') finish();
    });
    // A failed socket fires `close` after `error`, so `close` alone settles.
    socket.addEventListener('close', (event) => finish(event.code));
  });
}

/** Frames of the graphql-transport-ws protocol. */
export const frame = {
  init: (authorization?: string) => JSON.stringify({ type: 'connection_init', payload: authorization ? { authorization } : {} }),
  subscribe: (id: string, query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ type: 'subscribe', id, payload: { query, variables } }),
};
