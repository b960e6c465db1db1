import { signSubgraphRequest } from '@boxoffice/platform';

export interface GraphQLResult {
  data?: any;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * One GraphQL POST; HTTP failures without a GraphQL body come back as an error with code
 * `HTTP_<status>`. With `subgraphSecret` it is signed as the gateway signs, for a subgraph.
 */
export async function post(url: string, query: string, variables: Record<string, unknown>, token?: string, subgraphSecret?: string): Promise<GraphQLResult> {
  const body = JSON.stringify({ query, variables });
  const signature = subgraphSecret ? signSubgraphRequest(subgraphSecret, { method: 'POST', path: new URL(url).pathname, body }) : {};
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...signature },
    body,
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLResult;
  } catch {
    return { errors: [{ message: text.slice(0, 200), extensions: { code: `HTTP_${response.status}` } }] };
  }
}

/** The data, or an exception naming the errors (set-up steps, where any error is fatal). */
export async function must(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const result = await post(url, query, variables, token);
  if (result.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** Polls `probe` every 50 ms until it returns true; fails after `timeoutMs`. */
export async function until(probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
