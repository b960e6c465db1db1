import { randomUUID } from 'node:crypto';
import { importJWK, SignJWT, type JWK } from 'jose';
import { eventOnSale, registerUser, stackUrls, type TestUser } from '../support/index.js';

interface Message {
  type: string;
  id?: string;
  payload?: any;
}

/** A raw graphql-transport-ws socket, to see exactly what the gateway sends and how it closes. */
class Socket {
  private readonly socket = new WebSocket(stackUrls().gateway.replace(/^http/, 'ws'), 'graphql-transport-ws');
  private readonly received: Message[] = [];
  private readonly waiting: Array<() => void> = [];
  readonly closed: Promise<number>;

  constructor() {
    this.socket.addEventListener('message', (event) => {
      this.received.push(JSON.parse(String(event.data)) as Message);
      this.waiting.splice(0).forEach((wake) => wake());
    });
    this.closed = new Promise((resolve) => this.socket.addEventListener('close', (event) => resolve(event.code)));
  }

  static async open(token?: string): Promise<Socket> {
    const socket = new Socket();
    await new Promise((resolve) => socket.socket.addEventListener('open', resolve));
    socket.send({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} });
    await socket.next((message) => message.type === 'connection_ack');
    return socket;
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
