import { CatalogCache } from '../../src/cache/catalog-cache.js';
import { subgraphFetchRetries } from '../../src/fetching/fetch-metrics.js';
import { createPooledHttpClient, type PooledHttpClient } from '../../src/fetching/pooled-http-client.js';
import { createSubgraphFetcher } from '../../src/fetching/subgraph-fetcher.js';
import { startCountingServer, type CountingServer } from './fake-subgraph-server.js';

// Bodies as RemoteGraphQLDataSource serialises them: `{ query, ...rest }`.
const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const LIST = body('{events(first:10){nodes{id title}}}');
const ENTITIES = body('query($representations:[_Any!]!){_entities(representations:$representations){...on Event{title}}}', { representations: [{ __typename: 'Event', id: '1' }] });
const MUTATION = body('mutation($id:ID!){publishEvent(id:$id){id}}', { id: '1' });

describe('subgraph fetcher', () => {
  let server: CountingServer;
  let http: PooledHttpClient;

  beforeEach(async () => {
    server = await startCountingServer({ delayMs: 100 });
    http = createPooledHttpClient({ connectionsPerOrigin: 16 });
  });
  afterEach(async () => {
    await http.close();
    await server.close();
  });

  const send = (fetcher: ReturnType<typeof createSubgraphFetcher>, requestBody: string, authorization?: string) =>
    fetcher(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': crypto.randomUUID(), ...(authorization ? { authorization } : {}) },
      body: requestBody,
    }).then((response) => response.json());

  it('merges identical queries in flight together into one subgraph request, each caller getting its own copy', async () => {
    const fetcher = createSubgraphFetcher({ subgraph: 'bookings', http });
    const answers = await Promise.all([send(fetcher, LIST), send(fetcher, LIST), send(fetcher, ENTITIES), send(fetcher, ENTITIES), send(fetcher, LIST)]);
    expect(server.requests).toHaveLength(2);
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).not.toBe(answers[1]);
  });

  it('never lets two viewers share a fetch, nor a viewer and an anonymous caller', async () => {
    const fetcher = createSubgraphFetcher({ subgraph: 'bookings', http });
    await Promise.all([send(fetcher, LIST, 'Bearer alice'), send(fetcher, LIST, 'Bearer bob'), send(fetcher, LIST), send(fetcher, LIST, 'Bearer alice')]);
    expect(server.requests.map((r) => r.authorization ?? 'anonymous').sort()).toEqual(['Bearer alice', 'Bearer bob', 'anonymous']);
  });

  it('never merges mutations', async () => {
    const fetcher = createSubgraphFetcher({ subgraph: 'events', http });
    await Promise.all([send(fetcher, MUTATION, 'Bearer alice'), send(fetcher, MUTATION, 'Bearer alice')]);
    expect(server.requests).toHaveLength(2);
  });

  it('fetches again once the earlier request has finished (merging is not caching)', async () => {
    const fetcher = createSubgraphFetcher({ subgraph: 'bookings', http });
    await send(fetcher, LIST);
    await send(fetcher, LIST);
    expect(server.requests).toHaveLength(2);
  });

  it('reuses keep-alive connections: many requests over few sockets, none failing', async () => {
    const fetcher = createSubgraphFetcher({ subgraph: 'bookings', http });
    for (let round = 0; round < 5; round += 1) {
      await Promise.all(Array.from({ length: 16 }, (_, i) => send(fetcher, body(`{a${i}:__typename}`))));
    }
    expect(server.requests).toHaveLength(80);
    expect(server.connections).toBeLessThanOrEqual(16);
  });
});

describe('subgraph fetcher on a reset connection', () => {
  let http: PooledHttpClient;
  beforeEach(() => (http = createPooledHttpClient({ connectionsPerOrigin: 4 })));
  afterEach(() => http.close());

  const retries = async (subgraph: string) => (await subgraphFetchRetries.get()).values.find((value) => value.labels.subgraph === subgraph)?.value ?? 0;

  it('sends a query once more, and counts that retry', async () => {
    const server = await startCountingServer({ delayMs: 0, resetFirst: 1 });
    try {
      const fetcher = createSubgraphFetcher({ subgraph: 'retried-query', http });
      const answer = await fetcher(server.url, { method: 'POST', headers: {}, body: LIST });
      expect(answer.status).toBe(200);
      expect(server.requests).toHaveLength(2);
      expect(await retries('retried-query')).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('never sends a mutation again, as it may have arrived: the client is told the subgraph is unavailable', async () => {
    const server = await startCountingServer({ delayMs: 0, resetFirst: 1 });
    try {
      const fetcher = createSubgraphFetcher({ subgraph: 'failed-mutation', http });
      await expect(fetcher(server.url, { method: 'POST', headers: {}, body: MUTATION })).rejects.toMatchObject({
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'failed-mutation' },
      });
      expect(server.requests).toHaveLength(1);
      expect(await retries('failed-mutation')).toBe(0);
    } finally {
      await server.close();
    }
  });
});

describe('subgraph fetcher with the catalog cache', () => {
  let server: CountingServer;
  let http: PooledHttpClient;
  let cache: CatalogCache;

  beforeEach(async () => {
    server = await startCountingServer({ delayMs: 20 });
    http = createPooledHttpClient({ connectionsPerOrigin: 4 });
    cache = new CatalogCache({ maxBytes: 1024 * 1024, ttlMs: 60_000 });
    cache.confirmLive(60_000);
  });
  afterEach(async () => {
    await http.close();
    await server.close();
  });

  const send = (fetcher: ReturnType<typeof createSubgraphFetcher>, requestBody: string, authorization?: string) =>
    fetcher(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body: requestBody }).then((r) => r.json());

  it('answers repeated anonymous catalog queries from the cache until a fact invalidates it', async () => {
    const fetcher = createSubgraphFetcher({ subgraph: 'events', http, catalogCache: cache });
    const first = await send(fetcher, LIST);
    expect(await send(fetcher, LIST)).toEqual(first);
    expect(server.requests).toHaveLength(1);
    cache.invalidate();
    expect(await send(fetcher, LIST)).not.toEqual(first);
    expect(server.requests).toHaveLength(2);
  });

  it('never caches what a token asked for, nor other subgraphs, nor mutations', async () => {
    const events = createSubgraphFetcher({ subgraph: 'events', http, catalogCache: cache });
    const bookings = createSubgraphFetcher({ subgraph: 'bookings', http, catalogCache: cache });
    for (let i = 0; i < 2; i += 1) {
      await send(events, LIST, 'Bearer organizer');
      await send(bookings, LIST);
      await send(events, MUTATION);
    }
    expect(server.requests).toHaveLength(6);
    expect(cache.size).toBe(0);
  });

  it('drops an answer whose fetch overlapped a fact, and does not let later callers join that fetch', async () => {
    const fetcher = createSubgraphFetcher({ subgraph: 'events', http, catalogCache: cache });
    const before = send(fetcher, LIST);
    await new Promise((resolve) => setTimeout(resolve, 5));
    cache.invalidate();
    const after = send(fetcher, LIST);
    await Promise.all([before, after]);
    expect(server.requests).toHaveLength(2);
    // Only the fetch that started after the fact may fill the cache.
    expect(await send(fetcher, LIST)).toEqual(await after);
    expect(server.requests).toHaveLength(2);
  });

  it('serves and stores nothing while facts are not known to flow', async () => {
    const fetcher = createSubgraphFetcher({ subgraph: 'venues', http, catalogCache: cache });
    await send(fetcher, LIST);
    cache.close();
    await send(fetcher, LIST);
    await send(fetcher, LIST);
    expect(server.requests).toHaveLength(3);
  });

  it('does not cache answers carrying errors', async () => {
    const failing = await startCountingServer({ delayMs: 0, answer: () => JSON.stringify({ data: null, errors: [{ message: 'boom' }] }) });
    try {
      const fetcher = createSubgraphFetcher({ subgraph: 'events', http, catalogCache: cache });
      const post = () => fetcher(failing.url, { method: 'POST', headers: {}, body: LIST });
      await post();
      await post();
      expect(failing.requests).toHaveLength(2);
    } finally {
      await failing.close();
    }
  });
});
