import { escapeLike, findPage, isUuid, validateInput, type Page, type PageArgs, type RequestContext } from '@boxoffice/platform';
import type { FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import { Event, EventStatus } from '../entities/index.js';
import type { EventFilter } from '../types/index.js';
import type { EventsContext } from '../context.js';
import { canSee, visibleTo } from './event-visibility.js';

/** Every event listing's order; each filter column has an index ending in these two. */
export const EVENT_ORDER = { startsAt: 'asc', id: 'asc' } as const;

const filterSchema = z.object({
  status: z.enum(EventStatus).nullish(),
  venueId: z.guid('must be an id').nullish(),
  organizerId: z.guid('must be an id').nullish(),
  startsAfter: z.date().nullish(),
  startsBefore: z.date().nullish(),
  search: z.string().trim().max(200).nullish(),
});

function conditionsOf(filter: z.infer<typeof filterSchema>): FilterQuery<Event>[] {
  const conditions: FilterQuery<Event>[] = [];
  if (filter.status) conditions.push({ status: filter.status });
  if (filter.venueId) conditions.push({ venueId: filter.venueId });
  if (filter.organizerId) conditions.push({ organizerId: filter.organizerId });
  if (filter.startsAfter) conditions.push({ startsAt: { $gte: filter.startsAfter } });
  if (filter.startsBefore) conditions.push({ startsAt: { $lt: filter.startsBefore } });
  if (filter.search) {
    const pattern = `%${escapeLike(filter.search)}%`;
    conditions.push({ $or: [{ title: { $ilike: pattern } }, { description: { $ilike: pattern } }] });
  }
  return conditions;
}

/** Reading events: drafts only for their organizer and admins. */
export class EventCatalog {
  /** One page of the events the caller may see that match `filter`, ordered by start then id. */
  find(ctx: RequestContext, { filter, page }: { filter: EventFilter | null | undefined; page: PageArgs }): Promise<Page<Event>> {
    const valid = validateInput(filterSchema, filter ?? {});
    return findPage(ctx.em, Event, { $and: [visibleTo(ctx.auth.viewer), ...conditionsOf(valid)] }, EVENT_ORDER, page);
  }

  /** The event by id, batched, or null when it does not exist or is a draft the caller may not see. */
  async visible(ctx: EventsContext, id: string): Promise<Event | null> {
    if (!isUuid(id)) return null;
    const event = await ctx.loaders.event.load(id);
    return event && canSee(ctx.auth.viewer, event) ? event : null;
  }
}
