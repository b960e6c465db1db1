import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server standing in for a subgraph: answers every POST after `delayMs`, counting
 * requests and connections. The first `resetFirst` requests get their connection reset instead.
 */
export interface CountingServer {
  url: string;
  requests: Array<{ authorization?: string; body: string }>;
  connections: number;
  close(): Promise<void>;
}

export async function startCountingServer(options: { delayMs: number; keepAliveTimeoutMs?: number; resetFirst?: number; answer?: (body: string) => string }): Promise<CountingServer> {
  const state: CountingServer = { url: '', requests: [], connections: 0, close: async () => undefined };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      state.requests.push({ authorization: req.headers.authorization, body });
      if (state.requests.length <= (options.resetFirst ?? 0)) return void req.socket.resetAndDestroy();
      setTimeout(() => {
        res.setHeader('content-type', 'application/json');
        res.end(options.answer?.(body) ?? JSON.stringify({ data: { n: state.requests.length } }));
      }, options.delayMs);
    });
  });
  if (options.keepAliveTimeoutMs !== undefined) server.keepAliveTimeout = options.keepAliveTimeoutMs;
  server.on('connection', () => (state.connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
