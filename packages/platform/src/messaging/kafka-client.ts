import kafkajs from 'kafkajs';
import type { Logger } from 'pino';

const { Kafka, logLevel } = kafkajs;
export type KafkaClient = InstanceType<typeof Kafka>;

const LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** A kafkajs client whose log lines go through the process's pino logger. */
export function createKafkaClient(clientId: string, brokers: string[], logger: Logger): KafkaClient {
  const log = logger.child({ component: 'kafka' });
  return new Kafka({
    clientId,
    brokers,
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 100, retries: 8 },
    logCreator:
      () =>
      ({ level, log: { message, ...extra } }) =>
        log[LEVELS[level] ?? 'info'](extra, message),
  });
}
