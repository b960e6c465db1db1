import { isUuid } from '@boxoffice/platform';
import type { EventsContext } from '../context.js';
import type { Event } from '../entities/index.js';
import { canSee } from '../services/event-visibility.js';

/** The event by id, batched, or null when it does not exist or is a draft the caller may not see. */
export async function loadVisibleEvent(ctx: EventsContext, id: string): Promise<Event | null> {
  if (!isUuid(id)) return null;
  const event = await ctx.loaders.event.load(id);
  return event && canSee(ctx.auth.viewer, event) ? event : null;
}
