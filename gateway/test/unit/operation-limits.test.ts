import { ApolloServer } from '@apollo/server';
import { operationLimits } from '../../src/limits/operation-limits.js';

const typeDefs = `
  type Item { name: String, children(first: Int): [Item!]! }
  type Query { items(first: Int): [Item!]! }
`;
const items = (n: number): unknown[] => Array.from({ length: Math.min(n, 3) }, (_, i) => ({ name: `item ${i}`, children: [] }));
const resolvers = { Query: { items: (_: unknown, { first }: { first: number }) => items(first) } };

describe('operation limits, computed once per document', () => {
  const server = new ApolloServer({ typeDefs, resolvers, plugins: [operationLimits({ maxSelections: 2_000, maxDepth: 3, maxCost: 100 })] });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const { body } = await server.executeOperation({ query, variables });
    if (body.kind !== 'single') throw new Error('expected a single result');
    return body.singleResult;
  };
  const code = (result: Awaited<ReturnType<typeof run>>) => result.errors?.[0]?.extensions?.code;

  it('refuses a too costly document every time it is sent, not only the first', async () => {
    const costly = `{ items(first: 50) { name children(first: 50) { name } } }`;
    for (let i = 0; i < 3; i += 1) {
      const result = await run(costly);
      expect(code(result)).toBe('QUERY_TOO_COMPLEX');
      expect(result.errors![0]!.message).toMatch(/too complex/);
    }
  });

  it('prices each set of variables of the same document on its own', async () => {
    const query = `query($n: Int) { items(first: $n) { name children(first: $n) { name } } }`;
    expect(code(await run(query, { n: 2 }))).toBeUndefined();
    expect(code(await run(query, { n: 40 }))).toBe('QUERY_TOO_COMPLEX');
    expect(code(await run(query, { n: 2 }))).toBeUndefined();
    expect(code(await run(query, { n: 40 }))).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a too deep document every time it is sent', async () => {
    const deep = `{ items(first: 1) { children(first: 1) { children(first: 1) { children(first: 1) { name } } } } }`;
    for (let i = 0; i < 2; i += 1) expect(code(await run(deep))).toBe('QUERY_TOO_DEEP');
  });
});
