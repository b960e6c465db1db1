import {
  assertOwnerOrAdmin,
  badUserInput,
  EventEventTypes,
  invalidState,
  isUuid,
  notFound,
  requireViewer,
  validateInput,
  type EventEventType,
  type RequestContext,
} from '@boxoffice/platform';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Event, EventStatus } from '../entities/index.js';
import { recordEventChange } from '../messaging/outgoing.js';
import type { CancelEventArgs, CreateEventInput, UpdateEventArgs } from '../types/index.js';
import {
  assertEndsAfterStart,
  assertSectionsOfVenue,
  cancellationSchema,
  eventChangesSchema,
  newEventSchema,
} from './event-input-rules.js';
import { sectionsOfVenue, type KnownVenues } from './known-venues.js';

const CHANGEABLE: ReadonlySet<EventStatus> = new Set([EventStatus.DRAFT, EventStatus.PUBLISHED]);

/**
 * Creating events and moving them through DRAFT → PUBLISHED → COMPLETED, or → CANCELLED.
 * Every change locks the event row, and writes the change and its Kafka event in one transaction.
 */
export class EventLifecycle {
  constructor(private readonly knownVenues: KnownVenues) {}

  async create(ctx: RequestContext, input: CreateEventInput): Promise<Event> {
    const organizer = requireViewer(ctx.auth);
    const valid = validateInput(newEventSchema, input);
    const venue = await this.knownVenues.awaitVenue(ctx, valid.venueId);
    if (!venue) throw notFound('Venue', valid.venueId);
    assertOwnerOrAdmin(ctx.auth, venue.managerId, 'this venue');
    assertSectionsOfVenue(valid.prices, await sectionsOfVenue(ctx.em, venue.id));
    return ctx.em.transactional(async (tx) => {
      const event = tx.create(Event, {
        title: valid.title,
        description: valid.description ?? null,
        venueId: venue.id,
        organizerId: organizer.id,
        startsAt: valid.startsAt,
        endsAt: valid.endsAt,
        currency: valid.currency,
        prices: valid.prices,
      });
      tx.persist(event);
      recordEventChange(tx, ctx, EventEventTypes.created, event);
      return event;
    });
  }

  /** DRAFT events change fully; PUBLISHED ones only in title, description and times. */
  async update(ctx: RequestContext, { id, input }: UpdateEventArgs): Promise<Event> {
    const changes = validateInput(eventChangesSchema, input);
    return this.change(ctx, id, async (event, tx) => {
      assertChangeable(event);
      if (event.status === EventStatus.PUBLISHED) {
        if (changes.prices) throw invalidState('The prices of a published event cannot change');
        if (changes.startsAt && changes.startsAt <= new Date()) {
          throw badUserInput([{ field: 'startsAt', message: 'a published event can only move to a future start' }]);
        }
      }
      const startsAt = changes.startsAt ?? event.startsAt;
      const endsAt = changes.endsAt ?? event.endsAt;
      if (changes.startsAt || changes.endsAt) assertEndsAfterStart(startsAt, endsAt, changes.endsAt ? 'endsAt' : 'startsAt');
      if (changes.prices) assertSectionsOfVenue(changes.prices, await sectionsOfVenue(tx, event.venueId));
      tx.assign(event, {
        title: changes.title ?? event.title,
        description: changes.description === undefined ? event.description : changes.description,
        startsAt,
        endsAt,
        prices: changes.prices ?? event.prices,
      });
      return EventEventTypes.updated;
    });
  }

  /** DRAFT → PUBLISHED, only while the event is still to start and every section has a price. */
  async publish(ctx: RequestContext, id: string): Promise<Event> {
    return this.change(ctx, id, async (event, tx) => {
      if (event.status !== EventStatus.DRAFT) throw invalidState(`Only a DRAFT event can be published; this one is ${event.status}`);
      if (event.startsAt <= new Date()) throw invalidState('An event that has already started cannot be published');
      const priced = new Set(event.prices.map((price) => price.sectionId));
      const unpriced = (await sectionsOfVenue(tx, event.venueId)).filter((section) => !priced.has(section.id));
      if (unpriced.length > 0) {
        throw invalidState(`Every section needs a price before publishing; unpriced: ${unpriced.map((s) => s.name).join(', ')}`);
      }
      event.status = EventStatus.PUBLISHED;
      return EventEventTypes.published;
    });
  }

  /** DRAFT or PUBLISHED → CANCELLED; bookings and payments act on the EventCancelled event. */
  async cancel(ctx: RequestContext, { id, reason }: CancelEventArgs): Promise<Event> {
    const valid = validateInput(cancellationSchema, { reason });
    return this.change(ctx, id, async (event) => {
      assertChangeable(event);
      event.status = EventStatus.CANCELLED;
      event.cancellationReason = valid.reason;
      return EventEventTypes.cancelled;
    });
  }

  /**
   * Runs `apply` on the locked event for its organizer or an admin; anyone else is FORBIDDEN,
   * drafts included (the mutation names the event, so its existence is no secret to hide).
   */
  private async change(
    ctx: RequestContext,
    id: string,
    apply: (event: Event, tx: EntityManager) => Promise<EventEventType>,
  ): Promise<Event> {
    if (!isUuid(id)) throw notFound('Event', id);
    return ctx.em.transactional(async (tx) => {
      const event = await tx.findOne(Event, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!event) throw notFound('Event', id);
      assertOwnerOrAdmin(ctx.auth, event.organizerId, 'this event');
      recordEventChange(tx, ctx, await apply(event, tx), event);
      return event;
    });
  }
}

function assertChangeable(event: Event): void {
  if (!CHANGEABLE.has(event.status)) throw invalidState(`A ${event.status} event cannot be changed`);
}
