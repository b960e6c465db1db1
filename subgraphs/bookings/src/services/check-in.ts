import { invalidState, notFound, type RequestContext } from '@boxoffice/platform';
import { Booking, BookingStatus, Ticket } from '../entities/index.js';
import { assertOrganizerOrAdmin } from './booking-access.js';

/**
 * checkIn: the event's organizer or an admin admits a ticket of a CONFIRMED booking, once.
 * The conditional update makes "once" hold under concurrent scans too.
 */
export class CheckIn {
  async admit(ctx: RequestContext, ticketCode: string): Promise<Ticket> {
    const found = ticketCode.length <= 100 ? await ctx.em.findOne(Ticket, { code: ticketCode }) : null;
    if (!found) throw notFound('Ticket');
    const booking = await ctx.em.findOneOrFail(Booking, found.bookingId);
    assertOrganizerOrAdmin(ctx.auth, booking.organizerId, 'check tickets in');
    if (booking.status !== BookingStatus.CONFIRMED || found.voidedAt) {
      throw invalidState(`The ticket's booking is ${booking.status}; only tickets of CONFIRMED bookings admit`);
    }
    const admitted = await ctx.em.execute<Array<{ id: string }>>(
      `update "ticket" set "checked_in_at" = now() where "id" = ? and "checked_in_at" is null and "voided_at" is null returning "id"`,
      [found.id],
    );
    const ticket = await ctx.em.findOneOrFail(Ticket, found.id, { refresh: true });
    if (admitted.length === 0) {
      throw invalidState(ticket.voidedAt ? 'This ticket is void' : `This ticket was already checked in at ${ticket.checkedInAt?.toISOString()}`);
    }
    return ticket;
  }
}
