import { waitFor } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { KnownSection, KnownVenue } from '../entities/index.js';

/**
 * The venue from the projection. A venue created moments ago may not have arrived over Kafka
 * yet, so an unknown id is polled for up to `timeoutMs` before it counts as missing.
 */
export function awaitVenue(em: EntityManager, venueId: string, timeoutMs: number): Promise<KnownVenue | undefined> {
  return waitFor(() => em.findOne(KnownVenue, venueId), { timeoutMs });
}

export const sectionsOfVenue = (em: EntityManager, venueId: string): Promise<KnownSection[]> =>
  em.find(KnownSection, { venueId }, { orderBy: { name: 'asc' } });
