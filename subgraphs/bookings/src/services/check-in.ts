import { invalidState, isAdmin, notFound, type RequestContext } from '@boxoffice/platform';
import { Booking, BookingStatus, Ticket } from '../entities/index.js';

/**
 * checkIn: the event's organizer or an admin admits a ticket of a CONFIRMED booking, once.
 * A code that is unknown or of another organizer's event is NOT_FOUND alike.
 * The conditional update makes "once" hold under concurrent scans too.
 */
export class CheckIn {
  async admit(ctx: RequestContext, ticketCode: string): Promise<Ticket> {
    const found = ticketCode.length <= 100 ? await ctx.em.findOne(Ticket, { code: ticketCode }) : null;
    if (!found) throw notFound('Ticket');
    const booking = await ctx.em.findOneOrFail(Booking, found.bookingId);
    // Another organizer's ticket answers like an unknown code: codes are not probed for existence.
    if (!isAdmin(ctx.auth.viewer) && ctx.auth.viewer?.id !== booking.organizerId) throw notFound('Ticket');
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
