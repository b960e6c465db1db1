import type { GraphQLFormattedError } from 'graphql';
import { stackUrls } from './stack-env.js';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/** Sends one operation to the gateway over HTTP, as a client app would. */
export async function gql<T = any>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(stackUrls().gateway, {
    method: 'POST',
    // A fresh connection per request: a worker that was busy for seconds (loading a test file's
    // modules) would otherwise reuse a kept-alive socket the gateway has already closed.
    headers: { 'content-type': 'application/json', connection: 'close', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** The data of `result`; fails the test with the errors when there are any. */
export function ok<T = any>(result: GraphQLResponse<T>): T {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}

/** Like `gql`, but fails the test with the errors when there are any. */
export async function gqlOk<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string, headers: Record<string, string> = {}): Promise<T> {
  return ok(await gql<T>(query, variables, token, headers));
}

/** The extensions.code of the first error, for asserting the contract's codes. */
export const errorCode = (result: GraphQLResponse<unknown>): string | undefined =>
  result.errors?.[0]?.extensions?.code as string | undefined;
