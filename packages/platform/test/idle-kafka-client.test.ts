import { createHook } from 'node:async_hooks';
import { startEmbeddedBroker, type EmbeddedBroker } from '../src/kafka/embedded-broker.js';
import { createKafkaClient } from '../src/messaging/kafka-client.js';
import { logger } from './test-database.js';

const TOPIC = 'idle';

let broker: EmbeddedBroker;

beforeAll(async () => {
  broker = await startEmbeddedBroker({ topics: [{ name: TOPIC, partitions: 1 }] });
});

afterAll(() => broker.stop());

/** Timers (setTimeout, setInterval) created in this process during `ms`. */
async function timersCreatedDuring(ms: number): Promise<number> {
  let created = 0;
  const hook = createHook({ init: (_id, type) => void (type === 'Timeout' && created++) }).enable();
  await new Promise((resolve) => setTimeout(resolve, ms));
  hook.disable();
  return created;
}

// kafkajs 2.2.4 re-checked each connection's empty request queue on a timer of a negative delay,
// which Node runs after 1 ms, forever: a thousand wake-ups a second per connection, idle or not
// (patches/kafkajs+2.2.4.patch).
it('a connected kafkajs client with nothing to send sets no timers beyond its own few', async () => {
  const producer = createKafkaClient('idle-test', broker.bootstrapServers, logger).producer();
  await producer.connect();
  try {
    await producer.send({ topic: TOPIC, messages: [{ value: 'one' }] });
    expect(await timersCreatedDuring(1_000)).toBeLessThan(20);
  } finally {
    await producer.disconnect();
  }
});
