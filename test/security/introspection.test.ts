import { postJson } from '../support/index.js';
import { replicaPort, startReplica } from '../support/replica.js';

describe('introspection', () => {
  it('is off in production: __schema is refused, __typename still answers', async () => {
    const port = replicaPort('introspection');
    const replica = await startReplica('gateway', port, { NODE_ENV: 'production', SUBSCRIPTION_FANOUT: 'false' });
    try {
      const url = `http://127.0.0.1:${port}/graphql`;
      const refused = await postJson(url, { query: `{ __schema { queryType { name } } }` }, { accept: 'application/graphql-response+json' });
      expect(refused.status).toBe(400);
      expect(refused.json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect((await postJson(url, { query: `{ __type(name: "Query") { name } }` })).json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect((await postJson(url, { query: `{ __typename }` })).json?.data).toEqual({ __typename: 'Query' });
    } finally {
      await replica.stop();
    }
  }, 60_000);
});
