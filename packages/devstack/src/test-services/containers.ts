import { ALL_TOPICS } from '@boxoffice/platform';
import kafkajs from 'kafkajs';

export interface RunningContainers {
  env: { DATABASE_URL: string; REDIS_URL: string; KAFKA_BROKERS: string };
  stop(): Promise<void>;
}

/**
 * Postgres, Redis and Kafka (apache/kafka, KRaft) in containers, with the topics the code uses.
 * testcontainers is loaded only here, so without Docker nothing of it runs. Kafka advertises
 * `kafkaPort` on the host, bound to the same port, since clients reconnect to what it advertises.
 */
export async function startTestContainers(kafkaPort: number): Promise<RunningContainers> {
  const { GenericContainer, Wait } = await import('testcontainers');
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const [postgres, redis, kafka] = await Promise.all([
    new PostgreSqlContainer('postgres:17').withUsername('postgres').start(),
    new GenericContainer('redis:7').withExposedPorts(6379).withWaitStrategy(Wait.forLogMessage('Ready to accept connections')).start(),
    new GenericContainer('apache/kafka:3.9.0')
      .withExposedPorts({ container: 9092, host: kafkaPort })
      .withEnvironment({
        KAFKA_NODE_ID: '1',
        KAFKA_PROCESS_ROLES: 'broker,controller',
        KAFKA_LISTENERS: 'PLAINTEXT://:9092,CONTROLLER://:9093',
        KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://127.0.0.1:${kafkaPort}`,
        KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
        KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
        KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
        KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
        KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
      })
      .withWaitStrategy(Wait.forLogMessage('Kafka Server started'))
      .start(),
  ]);
  const brokers = `127.0.0.1:${kafkaPort}`;
  const admin = new kafkajs.Kafka({ clientId: 'test-containers', brokers: [brokers] }).admin();
  await admin.connect();
  await admin.createTopics({ topics: ALL_TOPICS.map((topic) => ({ topic: topic.name, numPartitions: topic.partitions })) });
  await admin.disconnect();
  return {
    env: {
      DATABASE_URL: postgres.getConnectionUri().replace(/\/[^/]*$/, '/postgres'),
      REDIS_URL: `redis://${redis.getHost()}:${redis.getMappedPort(6379)}`,
      KAFKA_BROKERS: brokers,
    },
    stop: async () => {
      await Promise.all([postgres.stop(), redis.stop(), kafka.stop()]);
    },
  };
}
