import {
  AvailabilityEventTypes,
  BookingEventTypes,
  startEventConsumer,
  TOPICS,
  type AvailabilityFacts,
  type BookingFacts,
  type KafkaClient,
  type Logger,
} from '@boxoffice/platform';
import type { Redis } from 'ioredis';
import { channelForFact } from './subscription-sources.js';

const BOOKING_TYPES: ReadonlySet<string> = new Set(Object.values(BookingEventTypes));

/**
 * Turns bookings' Kafka facts into Redis signals. All gateway replicas share one consumer
 * group, so each fact is published once, and Redis pub/sub delivers it to every replica.
 */
export function startChangeFanout(kafka: KafkaClient, publisher: Redis, logger: Logger, sessionTimeoutMs: number) {
  return startEventConsumer({
    kafka,
    groupId: 'gateway-fanout',
    topics: [TOPICS.availability, TOPICS.booking],
    logger,
    sessionTimeoutMs,
    async handle(event) {
      if (event.type === AvailabilityEventTypes.changed) {
        const facts = event.payload as AvailabilityFacts;
        await publisher.publish(channelForFact.availability(facts), String(facts.version));
      } else if (BOOKING_TYPES.has(event.type)) {
        const facts = event.payload as BookingFacts;
        await publisher.publish(channelForFact.booking(facts), facts.status);
      }
    },
  });
}
