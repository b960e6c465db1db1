import { findPage, pageSize, type Page, type Viewer } from '@boxoffice/platform';
import { Cursor, type FilterQuery } from '@mikro-orm/core';
import { raw, type EntityManager, type QBFilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Event, type EventStatus } from '../entities/index.js';
import type { EventPageArgs } from '../types/index.js';
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

  constructor(private readonly em: EntityManager) {}

  of(viewer: Viewer | undefined, parent: EventParent, parentId: string, { status, ...page }: EventPageArgs): Promise<Page<Event>> {
    const where = this.where(viewer, parent, [parentId], status);
    if (page.after) return findPage(this.em, Event, where, EVENT_ORDER, page);
    const size = pageSize(page.first);
    const key = JSON.stringify([viewer?.id ?? null, parent, status ?? null, size]);
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader((parentIds) => this.firstPages(viewer, parent, parentIds, status, size));
      this.loaders.set(key, loader);
    }
    return loader.load(parentId);
  }

  private where(viewer: Viewer | undefined, parent: EventParent, parentIds: readonly string[], status: EventStatus | null | undefined): FilterQuery<Event> {
    return { $and: [visibleTo(viewer), { [parent]: { $in: [...parentIds] } }, ...(status ? [{ status }] : [])] };
  }

  /** Ranks each parent's events by start then id, and keeps the first `size` + 1 of each. */
  private async firstPages(
    viewer: Viewer | undefined,
    parent: EventParent,
    parentIds: readonly string[],
    status: EventStatus | null | undefined,
    size: number,
  ): Promise<Page<Event>[]> {
    const column = PARENT_COLUMNS[parent];
    const ranked = this.em
      .createQueryBuilder(Event, 'e')
      .select([
        'e.*',
        raw(`count(*) over (partition by e.${column}) as total_count`),
        raw(`row_number() over (partition by e.${column} order by e.starts_at, e.id) as position`),
      ])
      .where(this.where(viewer, parent, parentIds, status) as QBFilterQuery<Event>);
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
