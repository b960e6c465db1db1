/**
 * An in-process Kafka-protocol broker for tests and local runs: librdkafka's
 * mock cluster (rdkafka_mock.h), reached through koffi. It speaks the real wire
 * protocol on 127.0.0.1 ports, so kafkajs connects to it like to any broker.
 *
 * Limits of the mock in librdkafka 2.0.2 (Debian bookworm's librdkafka1):
 * - create topics here, up front: it does not implement the CreateTopics admin
 *   API. It does auto-create any unknown topic a client asks metadata for (with
 *   4 partitions), and kafkajs cannot opt out: it speaks Metadata v2 to this
 *   broker, which predates the allowAutoTopicCreation flag;
 * - idempotent and transactional producers fail (it reports controller id 0),
 *   so producers need `idempotent: false`;
 * - a consumer group's first join takes 3 s (a fixed initial rebalance delay)
 *   and a member joining or leaving a formed group costs sessionTimeout - 1 s;
 *   sessionTimeout must stay above 3 s or members expire during that delay.
 */
import koffi from 'koffi';
import { shutDownAcceptedConnections } from './accepted-connections.js';

export interface EmbeddedBrokerOptions {
  topics: ReadonlyArray<{ name: string; partitions: number }>;
  /** Number of brokers in the cluster; defaults to 1. */
  brokers?: number;
}

export interface EmbeddedBroker {
  /** host:port of every broker, e.g. ['127.0.0.1:40123']. */
  readonly bootstrapServers: string[];
  /**
   * Fault control for tests: every broker resets its connections and refuses new ones until
   * `bringUp()` (librdkafka's rd_kafka_mock_broker_set_down/up), as a crashed broker would; the
   * data is kept.
   */
  takeDown(): void;
  bringUp(): void;
  /**
   * Fault control for tests: the cluster answers the next requests of Kafka API `apiKey` (0 is
   * Produce, 1 Fetch, …) with these error codes, one request each, in order, then as usual
   * (librdkafka's rd_kafka_mock_push_request_errors_array).
   */
  injectRequestErrors(apiKey: number, errorCodes: readonly number[]): void;
  /** Closes the brokers' listeners and connections. Safe to call twice. */
  stop(): Promise<void>;
}

// rd_kafka_type_t
const RD_KAFKA_PRODUCER = 0;

type Pointer = unknown;

interface Librdkafka {
  confNew(): Pointer;
  confSet(conf: Pointer, name: string, value: string, errstr: Buffer, size: number): number;
  confDestroy(conf: Pointer): void;
  kafkaNew(type: number, conf: Pointer, errstr: Buffer, size: number): Pointer | null;
  kafkaDestroy(rk: Pointer): Promise<void>;
  clusterNew(rk: Pointer, brokerCount: number): Pointer | null;
  clusterBootstraps(mcluster: Pointer): string;
  clusterDestroy(mcluster: Pointer): Promise<void>;
  topicCreate(mcluster: Pointer, topic: string, partitions: number, replicationFactor: number): number;
  brokerSetDown(mcluster: Pointer, brokerId: number): number;
  brokerSetUp(mcluster: Pointer, brokerId: number): number;
  pushRequestErrors(mcluster: Pointer, apiKey: number, count: number, errorCodes: readonly number[]): void;
  err2str(err: number): string;
}

let librdkafka: Librdkafka | undefined;

function loadLibrdkafka(): Librdkafka {
  if (librdkafka) return librdkafka;
  let lib: koffi.IKoffiLib;
  try {
    lib = koffi.load('librdkafka.so.1');
  } catch (cause) {
    throw new Error("librdkafka not found: install Debian's librdkafka1 (apt-get install librdkafka1)", { cause });
  }
  // Handles are declared `void *` rather than koffi.opaque() types: those are
  // registered by name, process-wide, and jest may evaluate this module twice.
  const destroy = (signature: string) => {
    const fn = lib.func(signature);
    // The destroy calls join librdkafka's threads; run them on koffi's worker
    // pool so the event loop (and any client still connected) keeps running.
    return (handle: Pointer) =>
      new Promise<void>((resolve, reject) => fn.async(handle, (err: unknown) => (err ? reject(err) : resolve())));
  };
  librdkafka = {
    confNew: lib.func('void *rd_kafka_conf_new()'),
    confSet: lib.func('int rd_kafka_conf_set(void *conf, const char *name, const char *value, char *errstr, size_t errstr_size)'),
    confDestroy: lib.func('void rd_kafka_conf_destroy(void *conf)'),
    kafkaNew: lib.func('void *rd_kafka_new(int type, void *conf, char *errstr, size_t errstr_size)'),
    kafkaDestroy: destroy('void rd_kafka_destroy(void *rk)'),
    clusterNew: lib.func('void *rd_kafka_mock_cluster_new(void *rk, int broker_cnt)'),
    clusterBootstraps: lib.func('const char *rd_kafka_mock_cluster_bootstraps(void *mcluster)'),
    clusterDestroy: destroy('void rd_kafka_mock_cluster_destroy(void *mcluster)'),
    topicCreate: lib.func('int rd_kafka_mock_topic_create(void *mcluster, const char *topic, int partition_cnt, int replication_factor)'),
    brokerSetDown: lib.func('int rd_kafka_mock_broker_set_down(void *mcluster, int32_t broker_id)'),
    brokerSetUp: lib.func('int rd_kafka_mock_broker_set_up(void *mcluster, int32_t broker_id)'),
    pushRequestErrors: lib.func('void rd_kafka_mock_push_request_errors_array(void *mcluster, int16_t api_key, size_t cnt, const int *errors)'),
    err2str: lib.func('const char *rd_kafka_err2str(int err)'),
  };
  return librdkafka;
}

const cString = (buffer: Buffer) => buffer.toString('utf8', 0, Math.max(0, buffer.indexOf(0)));

// librdkafka asserts (aborting the whole process) rather than failing on
// counts below 1, so check them here.
function requireCount(what: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${what} must be a positive integer, got ${value}`);
}

export async function startEmbeddedBroker(options: EmbeddedBrokerOptions): Promise<EmbeddedBroker> {
  const brokerCount = options.brokers ?? 1;
  requireCount('brokers', brokerCount);
  for (const topic of options.topics) requireCount(`partitions of topic ${topic.name}`, topic.partitions);
  const rdkafka = loadLibrdkafka();
  const errstr = Buffer.alloc(512);

  // The mock cluster lives inside a client instance (it borrows its config and
  // background machinery), so create an otherwise idle producer to host it.
  const conf = rdkafka.confNew();
  // Only warnings and up: hides the notice that this host client has no
  // bootstrap.servers, which it never needs.
  if (rdkafka.confSet(conf, 'log_level', '4', errstr, errstr.length) !== 0) {
    rdkafka.confDestroy(conf);
    throw new Error(`librdkafka: ${cString(errstr)}`);
  }
  // rd_kafka_new takes ownership of conf only when it succeeds.
  const rk = rdkafka.kafkaNew(RD_KAFKA_PRODUCER, conf, errstr, errstr.length);
  if (!rk) {
    rdkafka.confDestroy(conf);
    throw new Error(`librdkafka: cannot create client: ${cString(errstr)}`);
  }

  const mcluster = rdkafka.clusterNew(rk, brokerCount);
  if (!mcluster) {
    await rdkafka.kafkaDestroy(rk);
    throw new Error(`librdkafka: cannot create a mock cluster of ${brokerCount} broker(s)`);
  }

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      await rdkafka.clusterDestroy(mcluster);
      await rdkafka.kafkaDestroy(rk);
    })());

  for (const { name, partitions } of options.topics) {
    // Replication factor 1: the mock keeps a single copy of each partition anyway.
    const err = rdkafka.topicCreate(mcluster, name, partitions, 1);
    if (err !== 0) {
      await stop();
      throw new Error(`librdkafka: cannot create topic ${name} (${partitions} partitions): ${rdkafka.err2str(err)}`);
    }
  }

  // The mock numbers its brokers from 1.
  const everyBroker = (set: (mcluster: Pointer, brokerId: number) => number, what: string) => () => {
    for (let id = 1; id <= brokerCount; id += 1) {
      const err = set(mcluster, id);
      if (err !== 0) throw new Error(`librdkafka: cannot take broker ${id} ${what}: ${rdkafka.err2str(err)}`);
    }
  };
  const bootstrapServers = rdkafka.clusterBootstraps(mcluster).split(',');
  const ports = new Set(bootstrapServers.map((address) => Number(address.slice(address.lastIndexOf(':') + 1))));
  const setDown = everyBroker(rdkafka.brokerSetDown, 'down');
  return {
    bootstrapServers,
    takeDown() {
      // The mock only closes its connections, which leaves open, but silent, those whose
      // descriptors a child process inherited; ending them first reaches every copy.
      shutDownAcceptedConnections(ports);
      setDown();
    },
    bringUp: everyBroker(rdkafka.brokerSetUp, 'up'),
    injectRequestErrors(apiKey, errorCodes) {
      if (!Number.isInteger(apiKey) || apiKey < 0 || apiKey > 0x7fff) throw new Error(`apiKey must be a Kafka API key (0 to 32767), got ${apiKey}`);
      requireCount('number of error codes', errorCodes.length);
      if (!errorCodes.every(Number.isInteger)) throw new Error(`error codes must be integers, got ${errorCodes.join(', ')}`);
      rdkafka.pushRequestErrors(mcluster, apiKey, errorCodes.length, errorCodes);
    },
    stop,
  };
}
