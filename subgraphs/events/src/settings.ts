import { loadConfig } from '@boxoffice/platform';
import { z } from 'zod';

const eventsEnv = z.object({
  /** How often published events past their end are marked COMPLETED. */
  EVENT_COMPLETION_INTERVAL_MS: z.coerce.number().int().positive().default(60_000),
});

export type EventsSettings = z.infer<typeof eventsEnv>;

export const loadEventsSettings = (env = process.env): EventsSettings => loadConfig(eventsEnv, env);
