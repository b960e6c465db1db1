import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import kafkajs, { type Consumer, type ConsumerConfig, type Producer } from 'kafkajs';
import { startEmbeddedBroker, type EmbeddedBroker } from '../src/kafka/embedded-broker.js';

const { Kafka, logLevel } = kafkajs;

/**
 * kafkajs against librdkafka's mock cluster. Every consumer group pays the mock's fixed
 * 3 s initial rebalance delay once, so the groups here start side by side.
 */
const TOPIC = 'orders';
const KEYS = ['k0', 'k1', 'k2', 'k3', 'k4'];

// sessionTimeout must exceed that 3 s delay (the mock expires members that were silent for
// a session while it waits); a member joining a stable group then costs sessionTimeout - 1 s.
const CONSUMER: Omit<ConsumerConfig, 'groupId'> = {
  maxWaitTimeInMs: 50,
  sessionTimeout: 4000,
  rebalanceTimeout: 4000,
  heartbeatInterval: 500,
  allowAutoTopicCreation: false,
  retry: { initialRetryTime: 50, retries: 5 },
};

interface Received {
  messageKey: string | undefined;
  key: string;
  seq: number;
  correlationId: string | undefined;
  partition: number;
}

interface Sent {
  key: string;
  seq: number;
  correlationId: string;
}

let broker: EmbeddedBroker;
let kafka: InstanceType<typeof Kafka>;
const consumers: Consumer[] = [];

beforeAll(async () => {
  broker = await startEmbeddedBroker({ topics: [{ name: TOPIC, partitions: 3 }] });
  kafka = new Kafka({ clientId: 'embedded-broker-test', brokers: broker.bootstrapServers, logLevel: logLevel.NOTHING, retry: { initialRetryTime: 50, retries: 5 } });
});

afterAll(async () => {
  await Promise.all(consumers.map((consumer) => consumer.disconnect()));
  await broker.stop();
});

/** Joins `groupId` and records what it is given; resolves once the group has formed. */
async function consume(groupId: string): Promise<{ consumer: Consumer; received: Received[]; partitions: number[] }> {
  const consumer = kafka.consumer({ groupId, ...CONSUMER });
  consumers.push(consumer);
  const received: Received[] = [];
  const partitions: number[] = [];
  consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => partitions.splice(0, Infinity, ...(payload.memberAssignment[TOPIC] ?? [])));
  await consumer.connect();
  await consumer.subscribe({ topic: TOPIC, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message, partition }) => {
      const { key, seq } = JSON.parse(message.value!.toString()) as { key: string; seq: number };
      received.push({ messageKey: message.key?.toString(), key, seq, correlationId: message.headers?.['correlation-id']?.toString(), partition });
    },
  });
  return { consumer, received, partitions };
}

/** Sends `rounds` messages per key, one send per round so that each key's messages are in order. */
async function produce(rounds: number, firstSeq = 0): Promise<Sent[]> {
  const sent: Sent[] = [];
  const client = kafka.producer({ idempotent: false, allowAutoTopicCreation: false });
  await client.connect();
  try {
    for (let seq = firstSeq; seq < firstSeq + rounds; seq++) {
      const batch = KEYS.map((key) => ({ key, seq, correlationId: randomUUID() }));
      await client.send({
        topic: TOPIC,
        messages: batch.map(({ key, seq, correlationId }) => ({ key, value: JSON.stringify({ key, seq }), headers: { 'correlation-id': correlationId } })),
      });
      sent.push(...batch);
    }
  } finally {
    await client.disconnect();
  }
  return sent;
}

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** How a fresh TCP connection to `address` (host:port) ends: undefined when accepted, else its error code. */
function connectionAttempt(address: string): Promise<string | undefined> {
  const [host, port] = address.split(':');
  return new Promise((resolve) => {
    const socket = connect(Number(port), host, () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code));
  });
}

const byCorrelation = (messages: ReadonlyArray<Sent | Received>) =>
  messages.map(({ key, seq, correlationId }) => ({ key, seq, correlationId })).sort((a, b) => String(a.correlationId).localeCompare(String(b.correlationId)));

function expectInOrderPerKey(received: Received[]) {
  for (const key of KEYS) {
    const ofKey = received.filter((message) => message.key === key);
    expect(ofKey.every(({ messageKey }) => messageKey === key)).toBe(true);
    expect(new Set(ofKey.map(({ partition }) => partition)).size).toBe(1);
    expect(ofKey.map(({ seq }) => seq)).toEqual(ofKey.map(({ seq }) => seq).sort((a, b) => a - b));
  }
}

describe('embedded broker', () => {
  let sent: Sent[];
  let first: Awaited<ReturnType<typeof consume>>;

  it('delivers every message, headers intact and in order per key, to each consumer group', async () => {
    const [a, b, shared1, shared2] = await Promise.all([consume('group-a'), consume('group-b'), consume('group-shared'), consume('group-shared')]);
    first = a;
    sent = await produce(6);
    expect(sent).toHaveLength(30);

    const shared = () => [...shared1.received, ...shared2.received];
    await until(() => a.received.length >= 30 && b.received.length >= 30 && shared().length >= 30);

    for (const received of [a.received, b.received, shared()]) {
      expect(byCorrelation(received)).toEqual(byCorrelation(sent));
      expectInOrderPerKey(received);
    }
    // The two members of one group share the 3 partitions between them, once the second join's rebalance is done.
    await until(() => shared1.partitions.length > 0 && shared2.partitions.length > 0);
    expect([...shared1.partitions, ...shared2.partitions].sort()).toEqual([0, 1, 2]);
    expect(shared1.partitions.length * shared2.partitions.length).toBeGreaterThan(0);
    expect(new Set(a.received.map(({ partition }) => partition))).toEqual(new Set([0, 1, 2]));
  });

  it('resumes a group from its committed offsets', async () => {
    await first.consumer.disconnect();
    const more = await produce(2, 6);

    const next = await consume('group-a');
    await until(() => next.received.length >= more.length);
    // Had the offsets committed by the first member been ignored, each partition would
    // have delivered its old messages before the new ones.
    expect(byCorrelation(next.received)).toEqual(byCorrelation(more));
  });

  it('stop() closes the brokers', async () => {
    await Promise.all(consumers.map((consumer) => consumer.disconnect()));
    await broker.stop();
    for (const server of broker.bootstrapServers) expect(await connectionAttempt(server)).toBe('ECONNREFUSED');
    await expect(broker.stop()).resolves.toBeUndefined();
  });
});

describe('embedded broker fault controls', () => {
  const FAULTS_TOPIC = 'faults';
  // Kafka error codes, retriable both: NOT_LEADER_OR_FOLLOWER and REQUEST_TIMED_OUT.
  const NOT_LEADER_OR_FOLLOWER = 6;
  const REQUEST_TIMED_OUT = 7;
  const PRODUCE = 0;
  let faulty: EmbeddedBroker;
  let client: InstanceType<typeof Kafka>;
  let producer: Producer;
  let consumer: Consumer;
  let produceRequests = 0;
  const values: string[] = [];

  beforeAll(async () => {
    faulty = await startEmbeddedBroker({ topics: [{ name: FAULTS_TOPIC, partitions: 1 }] });
    client = new Kafka({ clientId: 'fault-controls-test', brokers: faulty.bootstrapServers, logLevel: logLevel.NOTHING, retry: { initialRetryTime: 50, maxRetryTime: 500, retries: 20 } });
    producer = client.producer({ idempotent: false, allowAutoTopicCreation: false });
    producer.on(producer.events.REQUEST, ({ payload }) => payload.apiName === 'Produce' && (produceRequests += 1));
    await producer.connect();
    consumer = client.consumer({ groupId: 'fault-controls', ...CONSUMER });
    await consumer.connect();
    await consumer.subscribe({ topic: FAULTS_TOPIC, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void values.push(message.value!.toString()) });
  });

  afterAll(async () => {
    await consumer?.disconnect();
    await producer?.disconnect();
    await faulty?.stop();
  });

  const highWatermark = async () => {
    const admin = client.admin();
    await admin.connect();
    try {
      return Number((await admin.fetchTopicOffsets(FAULTS_TOPIC))[0]!.high);
    } finally {
      await admin.disconnect();
    }
  };

  it('a produce answered with retriable errors is sent again, and the message is stored once and consumed', async () => {
    const before = await highWatermark();
    produceRequests = 0;
    faulty.injectRequestErrors(PRODUCE, [NOT_LEADER_OR_FOLLOWER, REQUEST_TIMED_OUT]);
    await producer.send({ topic: FAULTS_TOPIC, messages: [{ key: 'k', value: 'after-errors' }] });

    // Two requests refused, the third stored.
    expect(produceRequests).toBe(3);
    expect(await highWatermark()).toBe(before + 1);
    await until(() => values.includes('after-errors'));
  });

  it('refuses an API key or error codes librdkafka cannot take, before calling it', () => {
    expect(() => faulty.injectRequestErrors(-1, [NOT_LEADER_OR_FOLLOWER])).toThrow(/apiKey/);
    expect(() => faulty.injectRequestErrors(PRODUCE, [])).toThrow(/positive integer/);
  });

  it('takeDown() resets open connections, even those a child process inherited, and refuses new ones; bringUp() serves again, the data kept', async () => {
    await producer.send({ topic: FAULTS_TOPIC, messages: [{ key: 'k', value: 'before-outage' }] });
    await until(() => values.includes('before-outage'));
    const stored = await highWatermark();
    const address = faulty.bootstrapServers[0]!;
    const open = connect(Number(address.split(':')[1]), address.split(':')[0]);
    await new Promise((resolve) => open.once('connect', resolve));
    let closed = false;
    open.once('close', () => (closed = true));
    open.on('error', () => undefined);
    // Started after the broker accepted every connection so far, as a restarted service is: it inherits them all.
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    await new Promise((resolve) => child.once('spawn', resolve));

    try {
      faulty.takeDown();
      await until(() => closed);
      expect(await connectionAttempt(address)).toBe('ECONNREFUSED');
      let delivered = false;
      const sending = producer.send({ topic: FAULTS_TOPIC, messages: [{ key: 'k', value: 'during-outage' }] }).then(() => (delivered = true));
      expect(await connectionAttempt(address)).toBe('ECONNREFUSED');
      expect(delivered).toBe(false);

      faulty.bringUp();
      expect(await connectionAttempt(address)).toBeUndefined();
      await sending;
      expect(await highWatermark()).toBe(stored + 1);
      await until(() => values.includes('during-outage'), 20_000);
    } finally {
      child.kill();
    }
  });
});
