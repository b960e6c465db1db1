import { BookingEventTypes, EventEventTypes, TOPICS, type Projection } from '@boxoffice/platform';
import type { ProgramServices } from '../../context.js';
import { bookingSnapshotHandler } from './bookings.booking.js';
import { eventSnapshotHandler } from './events.event.js';

const handlingAll = (types: Record<string, string>, handler: Projection['handlers'][string]) =>
  Object.fromEntries(Object.values(types).map((type) => [type, handler]));

/** What the program consumes (group `program`): events' status and times, and who holds confirmed bookings. */
export const programProjection = (services: ProgramServices): Projection => ({
  topics: [TOPICS.event, TOPICS.booking],
  handlers: {
    ...handlingAll(EventEventTypes, eventSnapshotHandler(services)),
    ...handlingAll(BookingEventTypes, bookingSnapshotHandler(services)),
  },
});
