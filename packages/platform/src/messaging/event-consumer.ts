import type { Consumer, KafkaMessage } from 'kafkajs';
import type { Logger } from 'pino';
import { CORRELATION_HEADER, type DomainEvent, type ReceivedEvent } from './domain-event.js';
import type { KafkaClient } from './kafka-client.js';
import { messageHandlingSeconds } from '../metrics/messaging-metrics.js';

export type EventHandler = (event: ReceivedEvent) => Promise<void>;

export interface ConsumerOptions {
  kafka: KafkaClient;
  groupId: string;
  topics: string[];
  handle: EventHandler;
  logger: Logger;
  sessionTimeoutMs: number;
}

/**
 * Runs a consumer group. A handler that throws makes kafkajs retry the message (offsets are
 * committed only after success), so every event is applied at least once; handlers are
 * idempotent (see `inboxHandler`).
 */
export async function startEventConsumer({ kafka, groupId, topics, handle, logger, sessionTimeoutMs }: ConsumerOptions): Promise<Consumer> {
  const consumer = kafka.consumer({
    groupId,
    maxWaitTimeInMs: 100,
    sessionTimeout: sessionTimeoutMs,
    heartbeatInterval: Math.min(1_000, sessionTimeoutMs / 4),
    retry: { initialRetryTime: 100, retries: Number.MAX_SAFE_INTEGER },
  });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      const event = parseEvent(topic, message);
      if (!event) {
        logger.error({ topic, offset: message.offset }, 'skipping a message that is not a domain event');
        return;
      }
      const handled = messageHandlingSeconds.startTimer({ topic });
      try {
        await handle(event);
        handled({ outcome: 'ok' });
      } catch (err) {
        handled({ outcome: 'failed' });
        logger.error({ err, topic, type: event.type, eventId: event.id }, 'event handler failed; will retry');
        throw err;
      }
    },
  });
  return consumer;
}

function parseEvent(topic: string, message: KafkaMessage): ReceivedEvent | undefined {
  try {
    const event = JSON.parse(message.value?.toString() ?? '') as DomainEvent;
    if (typeof event.id !== 'string' || typeof event.type !== 'string') return undefined;
    const correlationId = message.headers?.[CORRELATION_HEADER]?.toString();
    return { ...event, topic, correlationId };
  } catch {
    return undefined;
  }
}
