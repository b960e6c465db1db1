import { randomUUID } from 'node:crypto';
import {
  AvailabilityEventTypes,
  BookingEventTypes,
  NotificationEventTypes,
  TOPICS,
  type AvailabilityFacts,
  type BookingFacts,
  type DomainEvent,
  type KafkaClient,
  type Logger,
  type NotificationFacts,
} from '@boxoffice/platform';
import type { Redis } from 'ioredis';
import { encodeSignal, type ChangeSignal } from './change-signal.js';
import type { SignalHub } from './signal-hub.js';
import { signalForFact } from './subscription-sources.js';

const BOOKING_TYPES: ReadonlySet<string> = new Set(Object.values(BookingEventTypes));

export interface FanoutOptions {
  kafka: KafkaClient;
  hub: SignalHub;
  publisher: Redis;
  logger: Logger;
  sessionTimeoutMs: number;
  maxWaitTimeMs: number;
}

/**
 * Turns bookings' and notifications' Kafka facts into change signals. Each replica reads with a consumer group of
 * its own, from the latest offset and committing nothing, so replicas joining or leaving never
 * make another replica's consumer rebalance. It signals its own sockets directly and publishes
 * to Redis for replicas that read no Kafka (duplicates carry the same version and cost nothing).
 * Kafka stays the record; a signal is only a wake-up. Resolves once partitions are assigned.
 */
export async function startChangeFanout({ kafka, hub, publisher, logger, sessionTimeoutMs, maxWaitTimeMs }: FanoutOptions) {
  const consumer = kafka.consumer({
    groupId: `gateway-fanout-${randomUUID()}`,
    maxWaitTimeInMs: maxWaitTimeMs,
    sessionTimeout: sessionTimeoutMs,
    heartbeatInterval: Math.min(1_000, sessionTimeoutMs / 4),
    retry: { initialRetryTime: 100, retries: Number.MAX_SAFE_INTEGER },
  });
  const publishing = outageLog(logger, 'could not publish change signals to Redis; other replicas resync when it is back');
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.connect();
  await consumer.subscribe({ topics: [TOPICS.availability, TOPICS.booking, TOPICS.notification], fromBeginning: false });
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ message }) => {
      const consumedAt = Date.now();
      let event: DomainEvent;
      try {
        event = JSON.parse(message.value?.toString() ?? '') as DomainEvent;
      } catch {
        logger.error({ offset: message.offset }, 'skipping a message that is not a domain event');
        return;
      }
      let target: { channel: string; version: number } | undefined;
      if (event.type === AvailabilityEventTypes.changed) target = signalForFact.availability(event.payload as AvailabilityFacts);
      else if (BOOKING_TYPES.has(event.type)) target = signalForFact.booking(event.payload as BookingFacts, Number(message.offset));
      else if (event.type === NotificationEventTypes.created) target = signalForFact.notification(event.payload as NotificationFacts, Number(message.offset));
      if (!target) return;
      const signal: ChangeSignal = {
        version: target.version,
        occurredAt: Date.parse(event.occurredAt),
        producedAt: Number(message.timestamp),
        consumedAt,
      };
      hub.deliverLocal(target.channel, signal);
      // Not awaited: Kafka reading must never wait on Redis (a consumer stuck past its session
      // timeout leaves the group and, committing nothing, would skip what came meanwhile).
      void publisher.publish(target.channel, encodeSignal(signal)).then(publishing.succeeded, publishing.failed);
    },
  });
  await joined;
  return consumer;
}

/** Logs the first failure of a run of failures, and the recovery, rather than every failed call. */
function outageLog(logger: Logger, message: string) {
  let failing = false;
  return {
    succeeded: () => {
      if (failing) logger.info('publishing change signals to Redis again');
      failing = false;
    },
    failed: (err: unknown) => {
      if (!failing) logger.warn({ err }, message);
      failing = true;
    },
  };
}
