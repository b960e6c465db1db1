import { type FactOrigin } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventProjection } from '../entities/index.js';
import { recordAvailabilityChange } from '../messaging/outgoing.js';
import { createInventory } from './seat-inventory.js';

/**
 * Creates the locked event's seat inventory once both the event and its venue's seats are
 * known; events and venues arrive on different topics, in either order, so both call this.
 */
export async function stockInventory(tx: EntityManager, event: EventProjection, origin: FactOrigin): Promise<void> {
  if (event.inventoryReady) return;
  const added = await createInventory(tx, event.id, event.venueId);
  if (added === 0) return;
  event.inventoryReady = true;
  await recordAvailabilityChange(tx, event.id, origin);
}
