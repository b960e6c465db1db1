import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphQLResponse } from './client.js';
import { stackUrls } from './stack-env.js';

/** A graphql-ws client on the gateway (or on `url`, e.g. a replica's); close it with `dispose()`. */
export function wsClient(token?: string, url = stackUrls().gateway.replace(/^http/, 'ws')): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
}

export interface Subscription<T> {
  /**
   * The next pushed result, or a rejection after `timeoutMs`; a result that arrives later is
   * kept for the next call. The default allows for a consumer group rebalance on the way
   * (tests start and stop gateway replicas). An error ending the subscription is a result too.
   */
  next(timeoutMs?: number): Promise<GraphQLResponse<T>>;
  /** The first pushed result that satisfies `predicate`, skipping earlier ones. */
  nextMatching(predicate: (result: GraphQLResponse<T>) => boolean, timeoutMs?: number): Promise<GraphQLResponse<T>>;
  close(): void;
}

/** What graphql-ws ends a subscription with: the operation's GraphQL errors, or why the socket closed. */
const asResult = (error: unknown): GraphQLResponse<never> => ({
  errors: Array.isArray(error) ? error : [{ message: String((error as Error)?.message ?? error) }],
});

/** Subscribes through graphql-ws' `iterate()`, so tests can await pushed results in order. */
export function subscribe<T = any>(client: Client, query: string, variables: Record<string, unknown> = {}): Subscription<T> {
  const results = client.iterate<T>({ query, variables });
  let pending: Promise<IteratorResult<GraphQLResponse<T>>> | undefined;
  const subscription: Subscription<T> = {
    async next(timeoutMs = 20_000) {
      const result = (pending ??= results.next().then(
        (step) => step as IteratorResult<GraphQLResponse<T>>,
        (error: unknown) => ({ done: false, value: asResult(error) }),
      ));
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no subscription result within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        const step = await Promise.race([result, timeout]);
        pending = undefined;
        if (step.done) throw new Error('no subscription result: the subscription ended');
        return step.value;
      } finally {
        clearTimeout(timer);
      }
    },
    async nextMatching(predicate, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const result = await subscription.next(Math.max(1, deadline - Date.now()));
        if (predicate(result)) return result;
      }
    },
    close: () => void results.return?.(),
  };
  return subscription;
}
