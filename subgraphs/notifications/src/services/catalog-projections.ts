import { EventEventTypes, type EventFacts, type RequestContext, type VenueFacts } from '@boxoffice/platform';
import { EventProjection, VenueProjection } from '../entities/index.js';
import type { EventNotices } from './event-notices.js';

/** The events and venues mails speak of; an event's cancellation tells its bookings' holders. */
export class CatalogProjections {
  constructor(private readonly eventNotices: EventNotices) {}

  async recordVenue({ em }: RequestContext, facts: VenueFacts): Promise<void> {
    await em.upsert(VenueProjection, { id: facts.venueId, name: facts.name, city: facts.city });
  }

  async recordEvent(ctx: RequestContext, { type, facts }: { type: string; facts: EventFacts }): Promise<void> {
    await ctx.em.upsert(EventProjection, {
      id: facts.eventId,
      venueId: facts.venueId,
      title: facts.title,
      status: facts.status,
      startsAt: new Date(facts.startsAt),
      endsAt: new Date(facts.endsAt),
      cancellationReason: facts.cancellationReason ?? null,
    });
    if (type === EventEventTypes.cancelled) await this.eventNotices.cancelled(ctx, facts);
  }
}
