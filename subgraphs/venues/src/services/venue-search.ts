import { escapeLike, findPage, validateInput, type Page, type PageArgs, type RequestContext } from '@boxoffice/platform';
import { sql, type FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import { Venue } from '../entities/index.js';
import type { VenueFilter } from '../types/index.js';

/** Blank text filters mean "no filter". */
const textFilter = z
  .string()
  .trim()
  .max(200, 'must be at most 200 characters')
  .nullish()
  .transform((value) => value || undefined);

const filterRules = z.object({
  filter: z.object({
    city: textFilter,
    search: textFilter,
    minCapacity: z.number().int().min(0, 'must not be negative').nullish(),
  }),
});

/**
 * One page of venues ordered by name then id. Each filter has an index: lower(city),
 * a trigram index on name for the substring search, and capacity.
 */
export class VenueSearch {
  find(ctx: RequestContext, { filter, page }: { filter: VenueFilter | null | undefined; page: PageArgs }): Promise<Page<Venue>> {
    const { city, search, minCapacity } = validateInput(filterRules, { filter: filter ?? {} }).filter;
    const conditions: FilterQuery<Venue>[] = [];
    if (city) conditions.push({ [sql.lower('city')]: city.toLowerCase() });
    if (search) conditions.push({ name: { $ilike: `%${escapeLike(search)}%` } });
    if (minCapacity != null) conditions.push({ capacity: { $gte: minCapacity } });
    return findPage(ctx.em, Venue, { $and: conditions }, { name: 'asc', id: 'asc' }, page);
  }
}
