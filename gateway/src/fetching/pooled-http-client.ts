import { Agent, request } from 'undici';

/** A subgraph's answer as text: parsed by each request that receives it, never shared as objects. */
export interface SubgraphAnswer {
  status: number;
  contentType: string | undefined;
  body: string;
}

export interface PooledHttpClient {
  post(url: string, headers: Record<string, string>, body: string): Promise<SubgraphAnswer>;
  close(): Promise<void>;
}

/**
 * One pool of keep-alive connections per subgraph origin (undici). Idle sockets are dropped
 * before the subgraphs' own keep-alive timeout (65 s in run-subgraph.ts), so a request is never
 * written to a socket the server is closing.
 */
export function createPooledHttpClient(options: { connectionsPerOrigin: number }): PooledHttpClient {
  const agent = new Agent({ connections: options.connectionsPerOrigin, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000 });
  return {
    async post(url, headers, body) {
      const response = await request(url, { method: 'POST', headers, body, dispatcher: agent });
      const contentType = response.headers['content-type'];
      return { status: response.statusCode, contentType: Array.isArray(contentType) ? contentType[0] : contentType, body: await response.body.text() };
    },
    close: () => agent.close(),
  };
}
