import { badUserInput, findPage, MAX_PAGE_SIZE, type Page, type PageArgs, type Viewer } from '@boxoffice/platform';
import { Cursor, type FilterQuery } from '@mikro-orm/core';
import { raw, type EntityManager, type QBFilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Event, type EventStatus } from '../entities/index.js';
import { EVENT_ORDER } from './event-catalog.js';
import { visibleTo } from './event-visibility.js';

/** What a nested list of events hangs off: `Venue.events` or `User.organizedEvents`. */
export type EventParent = 'venueId' | 'organizerId';

const PARENT_COLUMNS: Record<EventParent, string> = { venueId: 'venue_id', organizerId: 'organizer_id' };

type RankedRow = Record<string, unknown> & { total_count: string; position: string };

/**
 * Pages of events per parent for one request. First pages asked for many parents with the same
 * arguments (a list of venues, each with its events) are one windowed query; a page after a
 * cursor is asked for one parent at a time and is a plain keyset page.
 */
export class EventPages {
  private readonly loaders = new Map<string, DataLoader<string, Page<Event>>>();

  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | undefined,
  ) {}

  of(parent: EventParent, parentId: string, status: EventStatus | null | undefined, page: PageArgs): Promise<Page<Event>> {
    const where = this.where(parent, [parentId], status);
    if (page.after) return findPage(this.em, Event, where, EVENT_ORDER, page);
    const size = page.first ?? 20;
    if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
      throw badUserInput([{ field: 'first', message: `must be between 0 and ${MAX_PAGE_SIZE}` }]);
    }
    const key = JSON.stringify([parent, status ?? null, size]);
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader((parentIds) => this.firstPages(parent, parentIds, status, size));
      this.loaders.set(key, loader);
    }
    return loader.load(parentId);
  }

  private where(parent: EventParent, parentIds: readonly string[], status: EventStatus | null | undefined): FilterQuery<Event> {
    return { $and: [visibleTo(this.viewer), { [parent]: { $in: [...parentIds] } }, ...(status ? [{ status }] : [])] };
  }

  /** Ranks each parent's events by start then id, and keeps the first `size` + 1 of each. */
  private async firstPages(parent: EventParent, parentIds: readonly string[], status: EventStatus | null | undefined, size: number): Promise<Page<Event>[]> {
    const column = PARENT_COLUMNS[parent];
    const ranked = this.em
      .createQueryBuilder(Event, 'e')
      .select([
        'e.*',
        raw(`count(*) over (partition by e.${column}) as total_count`),
        raw(`row_number() over (partition by e.${column} order by e.starts_at, e.id) as position`),
      ])
      .where(this.where(parent, parentIds, status) as QBFilterQuery<Event>);
    const rows = await this.em.execute<RankedRow[]>(
      `select * from (${ranked.getQuery()}) as ranked where ranked.position <= ? order by ranked.position`,
      [...ranked.getParams(), size + 1],
    );
    return parentIds.map((parentId) => {
      const own = rows.filter((row) => row[column] === parentId);
      const nodes = own.slice(0, size).map(({ total_count: _total, position: _position, ...event }) => this.em.map(Event, event));
      const last = nodes.at(-1);
      return {
        nodes,
        pageInfo: { hasNextPage: own.length > size, endCursor: last ? Cursor.for(this.em.getMetadata(Event), last, EVENT_ORDER) : null },
        totalCount: Number(own[0]?.total_count ?? 0),
      };
    });
  }
}
