import { assertOwnerOrAdmin, isUuid, notFound, recordEvents, validateInput, VenueEventTypes, type RequestContext } from '@boxoffice/platform';
import { LockMode } from '@mikro-orm/core';
import { Venue } from '../entities/index.js';
import { loadVenueFacts, venueEvent } from '../messaging/outgoing.js';
import type { UpdateVenueArgs } from '../types/index.js';
import { venueChangeRules, type VenueChanges } from './venue-rules.js';

/**
 * Changes a venue's name, address or city (its manager or an admin) and records VenueUpdated
 * with the full snapshot. The row lock orders concurrent updates, so the last event matches
 * the final state.
 */
export class VenueUpdate {
  async apply(ctx: RequestContext, { id, input }: UpdateVenueArgs): Promise<Venue> {
    const changes = validateInput(venueChangeRules, input);
    return ctx.em.transactional(async (tx) => {
      const venue = isUuid(id) ? await tx.findOne(Venue, id, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!venue) throw notFound('Venue', id);
      assertOwnerOrAdmin(ctx.auth, venue.managerId, 'this venue');
      const changed = Object.entries(changes).filter(([key, value]) => value !== undefined && value !== venue[key as keyof VenueChanges]);
      if (changed.length === 0) return venue;
      tx.assign(venue, Object.fromEntries(changed));
      recordEvents(tx, ctx, [venueEvent(VenueEventTypes.updated, await loadVenueFacts(tx, venue))]);
      return venue;
    });
  }
}
