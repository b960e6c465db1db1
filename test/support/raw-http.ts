import { signSubgraphRequest } from '@boxoffice/platform';
import { stackUrls } from './stack-env.js';

/** A response read as text, so tests can look at what a hostile request gets back verbatim. */
export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json?: { errors?: Array<{ message: string; extensions?: { code?: string } & Record<string, unknown> }>; data?: unknown };
}

/** Sends exactly `body` (no JSON encoding) with `headers` to `url`. */
export async function sendRaw(url: string, body: string | Uint8Array | undefined, headers: Record<string, string> = {}, method = 'POST'): Promise<RawResponse> {
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  let json: RawResponse['json'];
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, json };
}

/** POSTs a GraphQL request body as JSON. */
export const postJson = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  sendRaw(url, JSON.stringify(payload), { 'content-type': 'application/json', ...headers });

export { leaks } from '../../bench/src/hostile/leaks.js';

/** Sends `body` to a subgraph as the gateway would: signed with the stack's shared secret. */
export function sendAsGateway(url: string, body: string | Uint8Array, headers: Record<string, string> = {}, clientAddress?: string): Promise<RawResponse> {
  const signature = signSubgraphRequest(stackUrls().subgraphSecret, { method: 'POST', path: new URL(url).pathname, body, clientAddress });
  return sendRaw(url, body, { 'content-type': 'application/json', ...headers, ...signature });
}
