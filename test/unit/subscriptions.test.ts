import type { AddressInfo } from 'node:net';
import { GraphQLError, GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema } from 'graphql';
import type { Client } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { eventually, subscribe, wsClient } from '../support/index.js';

/** The test client's `subscribe` against a real graphql-ws server in this process. */

/** The `from` of every `count` subscription the server still serves. */
const serving = new Set<number>();

/** from, from + 1, … one every `everyMs`, until the client completes the subscription. */
function counter(from: number, everyMs: number): AsyncIterableIterator<number> {
  let next = from;
  serving.add(from);
  const ended = { value: undefined, done: true } as const;
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next: async () => {
      if (!serving.has(from)) return ended;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
      return { value: next++, done: false };
    },
    return: async () => {
      serving.delete(from);
      return ended;
    },
  };
}

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt, resolve: () => 1 } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      count: {
        type: GraphQLInt,
        args: { from: { type: new GraphQLNonNull(GraphQLInt) }, everyMs: { type: new GraphQLNonNull(GraphQLInt) } },
        subscribe: (_source: unknown, { from, everyMs }: { from: number; everyMs: number }) => counter(from, everyMs),
        resolve: (count: unknown) => count,
      },
      refused: {
        type: GraphQLInt,
        subscribe: () => {
          throw new GraphQLError('nothing to follow', { extensions: { code: 'NOT_FOUND' } });
        },
      },
    },
  }),
});

const COUNT = 'subscription($from: Int!, $everyMs: Int!) { count(from: $from, everyMs: $everyMs) }';

let server: WebSocketServer;
let client: Client;

beforeAll(async () => {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  useServer({ schema }, server);
  client = wsClient(undefined, `ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
});

afterAll(async () => {
  await client.dispose();
  await new Promise((resolve) => server.close(resolve));
});

describe('subscribe', () => {
  it('keeps a result that arrives after next() gave up for the next call', async () => {
    const pushes = subscribe(client, COUNT, { from: 1, everyMs: 600 });
    try {
      await expect(pushes.next(200)).rejects.toThrow('no subscription result within 200 ms');
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(await pushes.next(50)).toEqual({ data: { count: 1 } });
      expect(await pushes.next(5_000)).toEqual({ data: { count: 2 } });
    } finally {
      pushes.close();
    }
  });

  it('nextMatching skips earlier results', async () => {
    const pushes = subscribe(client, COUNT, { from: 10, everyMs: 20 });
    try {
      expect(await pushes.nextMatching((result) => result.data?.count === 12, 5_000)).toEqual({ data: { count: 12 } });
      expect(await pushes.next(5_000)).toEqual({ data: { count: 13 } });
    } finally {
      pushes.close();
    }
  });

  it('answers the errors a subscription ends with as a result, and nothing after them', async () => {
    const pushes = subscribe(client, 'subscription { refused }');
    const refusal = await pushes.next(5_000);
    expect(refusal.errors?.[0]).toMatchObject({ message: 'nothing to follow', extensions: { code: 'NOT_FOUND' } });
    await expect(pushes.next(300)).rejects.toThrow('no subscription result');
    pushes.close();
  });

  it('close() ends the subscription on the server', async () => {
    const pushes = subscribe(client, COUNT, { from: 100, everyMs: 20 });
    expect(await pushes.next(5_000)).toEqual({ data: { count: 100 } });
    expect(serving.has(100)).toBe(true);
    pushes.close();
    await eventually(async () => expect(serving.has(100)).toBe(false), 5_000);
  });
});
