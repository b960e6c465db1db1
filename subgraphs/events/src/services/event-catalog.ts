import { findPage, validateInput, type Page, type PageArgs, type Viewer } from '@boxoffice/platform';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { Event, EventStatus } from '../entities/index.js';
import type { EventFilter } from '../types/index.js';
import { visibleTo } from './event-visibility.js';

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

/** LIKE treats % and _ as wildcards; a search for them must match them literally. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

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

/** One page of the events `viewer` may see that match `filter`, ordered by start then id. */
export function findEvents(em: EntityManager, viewer: Viewer | undefined, filter: EventFilter | null | undefined, page: PageArgs): Promise<Page<Event>> {
  const valid = validateInput(filterSchema, filter ?? {});
  return findPage(em, Event, { $and: [visibleTo(viewer), ...conditionsOf(valid)] }, EVENT_ORDER, page);
}
