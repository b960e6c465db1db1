/**
 * Every Kafka topic of boxoffice, `<subgraph>.<aggregate>`, keyed by aggregate id. The embedded
 * broker and docker-compose pre-create them from this list.
 */
export const TOPICS = {
  venue: 'venues.venue',
  event: 'events.event',
  booking: 'bookings.booking',
  availability: 'bookings.availability',
  ticket: 'bookings.ticket',
  payment: 'payments.payment',
  user: 'users.user',
  notification: 'notifications.notification',
  session: 'program.session',
} as const;

export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

export const TOPIC_PARTITIONS = 3;

export const ALL_TOPICS: ReadonlyArray<{ name: Topic; partitions: number }> = Object.values(TOPICS).map(
  (name) => ({ name, partitions: TOPIC_PARTITIONS }),
);
