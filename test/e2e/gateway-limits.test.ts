import { errorCode, gql, stackUrls } from '../support/index.js';
import { replicaPort, startReplica } from '../support/replica.js';

describe('gateway protections', () => {
  it('refuses operations nested too deeply before calling any subgraph', async () => {
    const nested = `{ events(first: 1) { nodes { venue { events(first: 1) { nodes { venue { events(first: 1) { nodes { venue { events(first: 1) { nodes { venue { events(first: 1) { nodes { title } } } } } } } } } } } } } } }`;
    const result = await gql(nested);
    expect(errorCode(result)).toBe('QUERY_TOO_DEEP');
    expect(result.errors![0]!.message).toMatch(/depth/i);
  });

  it('refuses operations whose page sizes multiply into too much work', async () => {
    const result = await gql(`{ events(first: 100) { nodes { venue { events(first: 100) { nodes { title prices { priceCents } } } } } } }`);
    expect(errorCode(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors![0]!.message).toMatch(/too complex/);
  });

  it('still serves introspection for Sandbox', async () => {
    const result = await gql(`{ __schema { queryType { name } types { name fields { name type { name ofType { name ofType { name } } } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.__schema.queryType.name).toBe('Query');
  });

  it('serves the Apollo Sandbox landing page to browsers outside production', async () => {
    const response = await fetch(stackUrls().gateway, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/sandbox/i);
  });

  it('answers unknown fields with a validation error, not a server error', async () => {
    expect(errorCode(await gql(`{ nope }`))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('limits requests per client address with RATE_LIMITED and Retry-After', async () => {
    // A replica of its own with a small budget: the shared test gateway allows far more.
    const port = replicaPort('gateway-limits');
    const replica = await startReplica('gateway', port, { RATE_LIMIT_REQUESTS: '20', RATE_LIMIT_WINDOW_SECONDS: '60', TRUST_PROXY: 'loopback', SUBSCRIPTION_FANOUT: 'false' });
    try {
      const send = (address: string) =>
        fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
      const address = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
      const statuses = (await Promise.all(Array.from({ length: 20 }, () => send(address)))).map((r) => r.status);
      expect(statuses).toEqual(Array(20).fill(200));

      const limited = await send(address);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
      const body = (await limited.json()) as { errors: Array<{ extensions: { code: string; retryAfterSeconds: number } }> };
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      expect(body.errors[0]!.extensions.retryAfterSeconds).toBeGreaterThan(0);

      expect((await send('192.0.2.254')).status).toBe(200);
    } finally {
      await replica.stop();
    }
  }, 60_000);
});

describe('input the schema itself refuses', () => {
  it('is BAD_USER_INPUT naming the offending fields, like every validation error', async () => {
    const missing = await gql(`mutation($input: RegisterInput!) { register(input: $input) { accessToken } }`, { input: { email: 'a@example.test', name: 'A' } });
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0]!.extensions!.fields).toEqual(['password']);

    const mistyped = await gql(`query($first: Int) { events(first: $first) { totalCount } }`, { first: 'many' });
    expect(errorCode(mistyped)).toBe('BAD_USER_INPUT');
    expect(mistyped.errors![0]!.extensions!.fields).toEqual(['first']);
  });
});
