import { assertOwnerOrAdmin, isUuid, notFound, recordEvents, validateInput, VenueEventTypes, type AuthContext } from '@boxoffice/platform';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Venue } from '../entities/index.js';
import { loadVenueFacts, venueEvent } from '../events/venue-facts.js';
import type { UpdateVenueInput } from '../types/index.js';
import { venueChangeRules, type VenueChanges } from './venue-rules.js';

/**
 * Changes a venue's name, address or city (its manager or an admin) and records VenueUpdated
 * with the full snapshot. The row lock orders concurrent updates, so the last event matches
 * the final state.
 */
export async function updateVenue(em: EntityManager, auth: AuthContext, correlationId: string, id: string, input: UpdateVenueInput): Promise<Venue> {
  const changes = validateInput(venueChangeRules, input);
  return em.transactional(async (tx) => {
    const venue = isUuid(id) ? await tx.findOne(Venue, id, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!venue) throw notFound('Venue', id);
    assertOwnerOrAdmin(auth, venue.managerId, 'this venue');
    const changed = Object.entries(changes).filter(([key, value]) => value !== undefined && value !== venue[key as keyof VenueChanges]);
    if (changed.length === 0) return venue;
    tx.assign(venue, Object.fromEntries(changed));
    recordEvents(tx, correlationId, [venueEvent(VenueEventTypes.updated, await loadVenueFacts(tx, venue))]);
    return venue;
  });
}
