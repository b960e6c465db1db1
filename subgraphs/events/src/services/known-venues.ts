import type { ProjectionWait, RequestContext, VenueFacts } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { KnownSection, KnownVenue } from '../entities/index.js';

/** Events' projection of venues: who manages each and which sections it has. */
export class KnownVenues {
  constructor(private readonly projectionWait: ProjectionWait) {}

  /** Upserts the venue and its sections from the snapshot; applying it twice changes nothing. */
  async record({ em }: RequestContext, venue: VenueFacts): Promise<void> {
    await em.upsert(
      KnownVenue,
      { id: venue.venueId, managerId: venue.managerId, name: venue.name },
      { onConflictFields: ['id'], onConflictAction: 'merge' },
    );
    if (venue.sections.length === 0) return;
    await em.upsertMany(
      KnownSection,
      venue.sections.map((section) => ({ id: section.id, venueId: venue.venueId, name: section.name })),
      { onConflictFields: ['id'], onConflictAction: 'merge' },
    );
  }

  /** The venue; one created moments ago may still be on its way over Kafka, so it is waited for. */
  awaitVenue({ em }: RequestContext, venueId: string): Promise<KnownVenue | undefined> {
    return this.projectionWait.until(`venue:${venueId}`, () => em.fork().findOne(KnownVenue, venueId));
  }
}

export const sectionsOfVenue = (em: EntityManager, venueId: string): Promise<KnownSection[]> =>
  em.find(KnownSection, { venueId }, { orderBy: { name: 'asc' } });
