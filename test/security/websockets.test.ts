import { randomUUID } from 'node:crypto';
import type { ChildService } from '@boxoffice/devstack';
import { importJWK, SignJWT, type JWK } from 'jose';
import WebSocket from 'ws';
import { eventOnSale, eventually, postJson, registerUser, stackUrls, type TestUser } from '../support/index.js';
import { replicaPort, startReplica } from '../support/replica.js';

interface Message {
  type: string;
  id?: string;
  payload?: any;
}

/** Where a socket connects: a gateway's URL, and the client address it claims (X-Forwarded-For). */
interface Target {
  url?: string;
  address?: string;
}

const headersFor = (address?: string): Record<string, string> => (address ? { 'x-forwarded-for': address } : {});

/** A raw graphql-transport-ws socket, to see exactly what the gateway sends and how it closes. */
class Socket {
  private readonly socket: WebSocket;
  private readonly received: Message[] = [];
  private readonly waiting: Array<() => void> = [];
  readonly closed: Promise<number>;

  private constructor({ url = stackUrls().gateway.replace(/^http/, 'ws'), address }: Target) {
    this.socket = new WebSocket(url, 'graphql-transport-ws', { headers: headersFor(address) });
    this.socket.addEventListener('message', (event) => {
      this.received.push(JSON.parse(String(event.data)) as Message);
      this.waiting.splice(0).forEach((wake) => wake());
    });
    this.closed = new Promise((resolve) => this.socket.addEventListener('close', (event) => resolve(event.code)));
  }

  static async open(token?: string, target: Target = {}): Promise<Socket> {
    const socket = new Socket(target);
    await new Promise((resolve, reject) => {
      socket.socket.addEventListener('open', resolve);
      socket.socket.addEventListener('error', reject);
    });
    socket.send({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} });
    await socket.next((message) => message.type === 'connection_ack');
    return socket;
  }

  /** The HTTP answer to an upgrade the gateway refuses (it fails the test if the socket opens). */
  static refusal({ url, address }: Required<Target>): Promise<{ status: number; retryAfter: string | undefined; code: unknown }> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, 'graphql-transport-ws', { headers: headersFor(address) });
      socket.on('open', () => {
        socket.close();
        reject(new Error('the upgrade was admitted'));
      });
      socket.on('unexpected-response', (_request, response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, retryAfter: response.headers['retry-after'] as string | undefined, code: JSON.parse(body).errors?.[0]?.extensions?.code }),
        );
      });
      socket.on('error', () => undefined);
    });
  }

  send(message: Message | string): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The first message (received or to come) that `matches`; it is taken off the list. */
  async next(matches: (message: Message) => boolean, timeoutMs = 10_000): Promise<Message> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.received.findIndex(matches);
      if (index >= 0) return this.received.splice(index, 1)[0]!;
      if (Date.now() > deadline) throw new Error(`no matching message; received ${JSON.stringify(this.received)}`);
      await new Promise<void>((resolve) => {
        this.waiting.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  /** Runs one operation and returns its first answer (`next` or `error`). */
  async run(query: string, variables: Record<string, unknown> = {}): Promise<Message> {
    const id = randomUUID();
    this.send({ type: 'subscribe', id, payload: { query, variables } });
    return this.next((message) => message.id === id && (message.type === 'next' || message.type === 'error'));
  }

  close(): void {
    this.socket.close(1000);
  }
}

const codeOf = (message: Message) => (message.type === 'error' ? message.payload?.[0]?.extensions?.code : message.payload?.errors?.[0]?.extensions?.code);

async function token(user: TestUser, lifetimeSeconds: number): Promise<string> {
  const key = (JSON.parse(stackUrls().signingKeys) as JWK[])[0]!;
  return new SignJWT({ role: user.role })
    .setProtectedHeader({ alg: 'ES256', kid: key.kid! })
    .setSubject(user.id)
    .setIssuer('boxoffice')
    .setAudience('boxoffice-api')
    .setExpirationTime(Math.floor(Date.now() / 1000) + lifetimeSeconds)
    .sign(await importJWK(key, 'ES256'));
}

describe('websockets', () => {
  it('answer a query that fails with its error and keep the socket open', async () => {
    const socket = await Socket.open();
    try {
      expect(codeOf(await socket.run(`{ users(first: 1) { totalCount } }`))).toBe('UNAUTHENTICATED');
      expect((await socket.run(`{ __typename }`)).payload).toEqual({ data: { __typename: 'Query' } });
    } finally {
      socket.close();
    }
  });

  it('answer parse, validation and limit errors with their codes, and keep the socket open', async () => {
    const socket = await Socket.open();
    try {
      expect(codeOf(await socket.run(`{ nope`))).toBe('GRAPHQL_PARSE_FAILED');
      expect(codeOf(await socket.run(`{ nope }`))).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(codeOf(await socket.run(`{ events(first: 100) { nodes { venue { events(first: 100) { nodes { title prices { priceCents } } } } } } }`))).toBe('QUERY_TOO_COMPLEX');
      expect(codeOf(await socket.run(`{ ${'__typename '.repeat(20_000)}}`))).toBe('DOCUMENT_TOO_LARGE');
      expect(codeOf(await socket.run(`{ me { ...Missing } }`))).toBe('GRAPHQL_VALIDATION_FAILED');
      expect((await socket.run(`{ __typename }`)).payload).toEqual({ data: { __typename: 'Query' } });
    } finally {
      socket.close();
    }
  });

  it('close with 1009 on a message larger than an HTTP request may be', async () => {
    const socket = await Socket.open();
    socket.send(JSON.stringify({ type: 'subscribe', id: '1', payload: { query: '{ __typename }', variables: { pad: 'x'.repeat(2_000_000) } } }));
    expect(await socket.closed).toBe(1009);
  });

  it('limit the operations one socket may send per window', async () => {
    const socket = await Socket.open();
    try {
      // The test gateway allows 100 per 10 s (WS_RATE_LIMIT_OPERATIONS).
      const codes: unknown[] = [];
      for (let n = 0; n < 101; n++) codes.push(codeOf(await socket.run(`{ __typename }`)));
      expect(codes.slice(0, 100).every((code) => code === undefined)).toBe(true);
      expect(codes[100]).toBe('RATE_LIMITED');
    } finally {
      socket.close();
    }
  });

  it('limit the subscriptions open on one socket', async () => {
    const organizer = await registerUser('ORGANIZER');
    const event = await eventOnSale(organizer);
    const socket = await Socket.open();
    try {
      const subscription = `subscription($id: ID!) { seatAvailabilityChanged(eventId: $id) { available } }`;
      // The test gateway allows 20 open operations per socket (WS_MAX_OPEN_OPERATIONS).
      const first = await Promise.all(Array.from({ length: 20 }, () => socket.run(subscription, { id: event.id })));
      expect(first.every((message) => message.type === 'next')).toBe(true);
      expect(codeOf(await socket.run(subscription, { id: event.id }))).toBe('RATE_LIMITED');
    } finally {
      socket.close();
    }
  }, 60_000);

  it('close with 4401 when the access token expires', async () => {
    const user = await registerUser();
    const socket = await Socket.open(await token(user, 2));
    expect(await socket.closed).toBe(4401);
  });

  it('stay open when the client sends a fresh token before it expires, and serve with it', async () => {
    const user = await registerUser();
    const socket = await Socket.open(await token(user, 2));
    try {
      socket.send({ type: 'ping', payload: { authorization: `Bearer ${await token(user, 300)}` } });
      await socket.next((message) => message.type === 'pong');
      const outcome = await Promise.race([socket.closed.then((code) => `closed ${code}`), new Promise((resolve) => setTimeout(() => resolve('open'), 3_500))]);
      expect(outcome).toBe('open');
      expect((await socket.run(`{ me { id } }`)).payload).toEqual({ data: { me: { id: user.id } } });
    } finally {
      socket.close();
    }
  });

  it('close with 4403 when the fresh token is not valid or names another user', async () => {
    const [user, other] = await Promise.all([registerUser(), registerUser()]);
    const forged = await Socket.open(user.token);
    forged.send({ type: 'ping', payload: { authorization: 'Bearer forged' } });
    expect(await forged.closed).toBe(4403);
    const swapped = await Socket.open(user.token);
    swapped.send({ type: 'ping', payload: { authorization: `Bearer ${other.token}` } });
    expect(await swapped.closed).toBe(4403);
  });
});

describe('websockets on a gateway with small per-address budgets (a replica of its own)', () => {
  const port = replicaPort('websockets');
  const url = `ws://127.0.0.1:${port}/graphql`;
  const newAddress = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
  let replica: ChildService;
  beforeAll(async () => {
    // 20 requests per minute per address, 3 sockets per address; addresses from X-Forwarded-For.
    replica = await startReplica('gateway', port, {
      RATE_LIMIT_REQUESTS: '20',
      RATE_LIMIT_WINDOW_SECONDS: '60',
      WS_MAX_SOCKETS_PER_ADDRESS: '3',
      TRUST_PROXY: 'loopback',
      SUBSCRIPTION_FANOUT: 'false',
    });
  }, 180_000);
  afterAll(() => replica?.stop());

  it('refuse sockets from one address past the cap with HTTP 429 RATE_LIMITED, and admit one again once a socket closes', async () => {
    const address = newAddress();
    const sockets = await Promise.all([1, 2, 3].map(() => Socket.open(undefined, { url, address })));
    try {
      expect(await Socket.refusal({ url, address })).toEqual({ status: 429, retryAfter: expect.stringMatching(/^\d+$/), code: 'RATE_LIMITED' });
      // The cap is per client address, as X-Forwarded-For tells it through a trusted proxy.
      (await Socket.open(undefined, { url, address: newAddress() })).close();

      const leaving = sockets.pop()!;
      leaving.close();
      await leaving.closed;
      sockets.push(await eventually(() => Socket.open(undefined, { url, address }), 10_000, 500));
    } finally {
      sockets.forEach((socket) => socket.close());
    }
  });

  it('charge upgrades and subscribe messages to the same per-address budget as HTTP requests', async () => {
    const address = newAddress();
    const http = () => postJson(`http://127.0.0.1:${port}/graphql`, { query: '{ __typename }' }, headersFor(address));
    for (let n = 0; n < 10; n++) expect((await http()).status).toBe(200);
    const socket = await Socket.open(undefined, { url, address });
    try {
      // 10 HTTP requests and the upgrade leave 9 of the 20.
      for (let n = 0; n < 9; n++) expect((await socket.run(`{ __typename }`)).payload).toEqual({ data: { __typename: 'Query' } });
      const refused = await socket.run(`{ __typename }`);
      expect(codeOf(refused)).toBe('RATE_LIMITED');
      expect(refused.payload[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
      expect((await Socket.refusal({ url, address })).code).toBe('RATE_LIMITED');
      expect((await http()).status).toBe(429);
      // Another address keeps its own budget.
      expect((await postJson(`http://127.0.0.1:${port}/graphql`, { query: '{ __typename }' }, headersFor(newAddress()))).status).toBe(200);
    } finally {
      socket.close();
    }
  });
});
