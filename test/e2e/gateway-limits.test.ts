import { errorCode, gql } from '../support/client.js';
import { stackUrls } from '../support/stack-env.js';

describe('gateway protections', () => {
  it('refuses operations nested too deeply before calling any subgraph', async () => {
    const nested = `{ events(first: 1) { nodes { venue { events(first: 1) { nodes { venue { events(first: 1) { nodes { venue { events(first: 1) { nodes { venue { events(first: 1) { nodes { title } } } } } } } } } } } } } } }`;
    const result = await gql(nested);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0]!.message).toMatch(/depth/i);
  });

  it('refuses operations whose page sizes multiply into too much work', async () => {
    const result = await gql(`{ events(first: 100) { nodes { venue { events(first: 100) { nodes { title prices { priceCents } } } } } } }`);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0]!.message).toMatch(/too complex/);
  });

  it('still serves introspection for Sandbox', async () => {
    const result = await gql(`{ __schema { queryType { name } types { name fields { name type { name ofType { name ofType { name } } } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.__schema.queryType.name).toBe('Query');
  });

  it('answers unknown fields with a validation error, not a server error', async () => {
    expect(errorCode(await gql(`{ nope }`))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('limits requests per client address with RATE_LIMITED and Retry-After', async () => {
    const address = { 'x-forwarded-for': `192.0.2.${Math.floor(Math.random() * 250) + 1}` };
    const send = () =>
      fetch(stackUrls().gateway, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...address },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    const statuses: number[] = [];
    // The test stack allows 1000 requests per 10 s window per address.
    for (let batch = 0; batch < 21; batch++) {
      const responses = await Promise.all(Array.from({ length: 50 }, send));
      statuses.push(...responses.map((r) => r.status));
      if (batch === 20) {
        const limited = responses.find((r) => r.status === 429)!;
        expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
        const body = (await limited.json()) as { errors: Array<{ extensions: { code: string; retryAfterSeconds: number } }> };
        expect(body.errors[0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      }
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(1000);
    expect(statuses.filter((s) => s === 429)).toHaveLength(50);
  });
});
