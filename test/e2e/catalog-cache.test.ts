import { createVenue, draftEvent, eventually, gqlOk, publishedEvent, registerUser, sqlStatements, stackUrls, type TestUser } from '../support/index.js';
import { replicaPort, startReplica } from '../support/replica.js';

const EVENT = `query($id: ID!) { event(id: $id) { id title } }`;
/** How long a catalog fact may take from commit to every gateway (outbox relay, Kafka, consumer). */
const FACT_DELIVERY_MS = 5_000;

async function read(url: string, id: string, token?: string): Promise<{ id: string; title: string } | null> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: EVENT, variables: { id } }),
  });
  const body = (await response.json()) as { data: { event: { id: string; title: string } | null }; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data.event;
}

/** Reads until `title` shows (at most `timeoutMs`), failing if the old title comes back after the new one did. */
async function refreshedWithin(url: string, id: string, title: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if ((await read(url, id))?.title === title) {
      for (let i = 0; i < 20; i += 1) expect((await read(url, id))?.title).toBe(title);
      return Date.now() - started;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${url} still served the old title ${timeoutMs} ms after the change`);
}

describe('catalog cache at the gateway', () => {
  let organizer: TestUser;
  beforeAll(async () => {
    organizer = await registerUser('ORGANIZER');
  });

  it('serves repeated anonymous reads of an event without the subgraph, and every replica refreshes it within the fact delivery time after updateEvent', async () => {
    const port = replicaPort('catalog-cache');
    const replica = await startReplica('gateway', port, { SUBSCRIPTION_FANOUT: 'false' });
    const gateways = [stackUrls().gateway, `http://127.0.0.1:${port}/graphql`];
    try {
      const event = await publishedEvent(organizer, await createVenue(organizer));
      for (const url of gateways) expect((await read(url, event.id))?.title).toBe(event.title);

      // Each read from the subgraph costs at least one SQL statement; once a replica's
      // invalidation consumer is reading, repeated reads cost none (other files' requests add a few).
      await eventually(async () => {
        const before = await sqlStatements('events');
        await Promise.all(gateways.map((url) => Promise.all(Array.from({ length: 40 }, () => read(url, event.id)))));
        expect((await sqlStatements('events')) - before).toBeLessThan(80);
      }, 40_000, 500);

      const title = `Renamed ${event.title}`;
      await gqlOk(`mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id } }`, { id: event.id, input: { title } }, organizer.token);
      for (const url of gateways) await refreshedWithin(url, event.id, title, FACT_DELIVERY_MS);
    } finally {
      await replica.stop();
    }
  }, 120_000);

  it('never serves what one viewer may see to another viewer or to anonymous callers', async () => {
    const draft = await draftEvent(organizer, await createVenue(organizer));
    const stranger = await registerUser('ORGANIZER');
    for (let round = 0; round < 3; round += 1) {
      expect(await read(stackUrls().gateway, draft.id, organizer.token)).toEqual({ id: draft.id, title: draft.title });
      expect(await read(stackUrls().gateway, draft.id)).toBeNull();
      expect(await read(stackUrls().gateway, draft.id, stranger.token)).toBeNull();
    }
    const list = `{ events(first: 100, filter: { status: DRAFT }) { nodes { id } } }`;
    const anonymous = await gqlOk(list);
    const own = await gqlOk(list, {}, organizer.token);
    expect(anonymous.events.nodes.map((n: { id: string }) => n.id)).not.toContain(draft.id);
    expect(own.events.nodes.map((n: { id: string }) => n.id)).toContain(draft.id);
    expect((await gqlOk(list)).events.nodes.map((n: { id: string }) => n.id)).not.toContain(draft.id);
  });
});
