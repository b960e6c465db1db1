import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
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
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** Like `gql`, but fails the test with the errors when there are any. */
export async function gqlOk<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const result = await gql<T>(query, variables, token);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}

/** The extensions.code of the first error, for asserting the contract's codes. */
export const errorCode = (result: GraphQLResponse<unknown>): string | undefined =>
  result.errors?.[0]?.extensions?.code as string | undefined;

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
  role: string;
  token: string;
  refreshToken: string;
}

/** Registers a fresh user with a unique email through the gateway. */
export async function registerUser(role: 'CUSTOMER' | 'ORGANIZER' = 'CUSTOMER', name = `${role.toLowerCase()} ${randomUUID().slice(0, 8)}`): Promise<TestUser> {
  const email = `${randomUUID()}@example.test`;
  const password = 'correct horse battery';
  const data = await gqlOk(
    `mutation($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id role } } }`,
    { input: { email, password, name, role } },
  );
  const { accessToken, refreshToken, user } = data.register;
  return { id: user.id, email, password, name, role: user.role, token: accessToken, refreshToken };
}

/** Logs in as the admin the test stack seeds from ADMIN_EMAIL/ADMIN_PASSWORD. */
export async function loginAdmin(): Promise<TestUser> {
  const { adminEmail: email, adminPassword: password } = stackUrls();
  const data = await gqlOk(
    `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id role name } } }`,
    { input: { email, password } },
  );
  const { accessToken, refreshToken, user } = data.login;
  return { id: user.id, email, password, name: user.name, role: user.role, token: accessToken, refreshToken };
}

/** Retries `assertion` until it stops throwing, or rethrows its last error after `timeoutMs`. */
export async function eventually<T>(assertion: () => Promise<T>, timeoutMs = 10_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

/** A graphql-ws client on the gateway; close it with `dispose()`. */
export function wsClient(token?: string): Client {
  return createClient({
    url: stackUrls().gateway.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
}

export interface Subscription<T> {
  /**
   * The next pushed result, or a rejection after `timeoutMs`. The default allows for a consumer
   * group rebalance on the way (tests start and stop gateway replicas).
   */
  next(timeoutMs?: number): Promise<GraphQLResponse<T>>;
  /** The first pushed result that satisfies `predicate`, skipping earlier ones. */
  nextMatching(predicate: (result: GraphQLResponse<T>) => boolean, timeoutMs?: number): Promise<GraphQLResponse<T>>;
  close(): void;
}

/** Subscribes and buffers what the gateway pushes, so tests can await results in order. */
export function subscribe<T = any>(client: Client, query: string, variables: Record<string, unknown> = {}): Subscription<T> {
  const buffered: GraphQLResponse<T>[] = [];
  const waiting: Array<(result: GraphQLResponse<T>) => void> = [];
  const deliver = (result: GraphQLResponse<T>) => {
    const waiter = waiting.shift();
    if (waiter) waiter(result);
    else buffered.push(result);
  };
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => deliver(result as GraphQLResponse<T>),
      error: (error) => deliver({ errors: Array.isArray(error) ? error : [{ message: String((error as Error)?.message ?? error) }] }),
      complete: () => undefined,
    },
  );
  const subscription: Subscription<T> = {
    next(timeoutMs = 20_000) {
      const ready = buffered.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const waiter = (result: GraphQLResponse<T>) => {
          clearTimeout(timer);
          resolve(result);
        };
        const timer = setTimeout(() => {
          // A result arriving later stays buffered for the next call.
          waiting.splice(waiting.indexOf(waiter), 1);
          reject(new Error(`no subscription result within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.push(waiter);
      });
    },
    async nextMatching(predicate, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const result = await subscription.next(Math.max(1, deadline - Date.now()));
        if (predicate(result)) return result;
      }
    },
    close: unsubscribe,
  };
  return subscription;
}

/** Number of SQL statements a subgraph has sent so far (its /metrics counter). */
export async function sqlStatements(subgraph: 'users' | 'venues' | 'events' | 'bookings' | 'payments'): Promise<number> {
  const text = await (await fetch(`${stackUrls().subgraphs[subgraph]}/metrics`)).text();
  return Number(/^sql_statements_total (\d+)$/m.exec(text)?.[1]);
}
