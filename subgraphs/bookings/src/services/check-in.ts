import { invalidState, isAdmin, notFound, recordEvents, type RequestContext } from '@boxoffice/platform';
import { Booking, BookingStatus, Ticket } from '../entities/index.js';
import { ticketCheckedInEvent } from '../messaging/outgoing.js';

/**
 * checkIn: the event's organizer or an admin admits a ticket of a CONFIRMED booking, once.
 * A code that is unknown or of another organizer's event is NOT_FOUND alike.
 * The conditional update makes "once" hold under concurrent scans too; the admission commits
 * with its TicketCheckedIn fact.
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
    const { admitted, ticket } = await ctx.em.transactional(async (tx) => {
      const updated = await tx.execute<Array<{ id: string }>>(
        `update "ticket" set "checked_in_at" = now() where "id" = ? and "checked_in_at" is null and "voided_at" is null returning "id"`,
        [found.id],
      );
      const current = await tx.findOneOrFail(Ticket, found.id, { refresh: true });
      if (updated.length > 0) recordEvents(tx, ctx, [ticketCheckedInEvent(current)]);
      return { admitted: updated.length > 0, ticket: current };
    });
    if (!admitted) {
      throw invalidState(ticket.voidedAt ? 'This ticket is void' : `This ticket was already checked in at ${ticket.checkedInAt?.toISOString()}`);
    }
    return ticket;
  }
}
