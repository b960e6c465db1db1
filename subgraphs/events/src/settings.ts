import { loadConfig } from '@boxoffice/platform';
import { z } from 'zod';

const eventsEnv = z.object({
  /** How often published events past their end are marked COMPLETED. */
  EVENT_COMPLETION_INTERVAL_MS: z.coerce.number().int().positive().default(60_000),
  /** How long createEvent waits for a venue that venues' Kafka events have not brought in yet. */
  VENUE_PROJECTION_WAIT_MS: z.coerce.number().int().min(0).default(5_000),
});

export type EventsSettings = z.infer<typeof eventsEnv>;

export const loadEventsSettings = (env = process.env): EventsSettings => loadConfig(eventsEnv, env);
