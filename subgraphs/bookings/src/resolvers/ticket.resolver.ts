import { reference } from '@boxoffice/platform';
import QRCode from 'qrcode';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { BookingsContext } from '../context.js';
import { Booking, Ticket } from '../entities/index.js';
import { SeatRef } from '../types/index.js';

@Resolver(() => Ticket)
export class TicketResolver {
  @Authorized('ORGANIZER', 'ADMIN')
  @Mutation(() => Ticket, { description: "The event's organizer or an admin. Fails with INVALID_STATE if already checked in or not CONFIRMED." })
  checkIn(@Arg('ticketCode', () => String) ticketCode: string, @Ctx() ctx: BookingsContext): Promise<Ticket> {
    return ctx.services.checkIn.admit(ctx, ticketCode);
  }

  @FieldResolver(() => String, { description: "The QR code of 'code' as an SVG document." })
  qrSvg(@Root() ticket: Ticket): Promise<string> {
    return QRCode.toString(ticket.code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  }

  @FieldResolver(() => SeatRef)
  seat(@Root() ticket: Ticket): SeatRef {
    return reference(ticket.seatId);
  }

  @FieldResolver(() => Int, { description: "What was paid for this seat: its price less its share of the booking's discount; a refund of this seat gives back this much." })
  async paidCents(@Root() ticket: Ticket, @Ctx() ctx: BookingsContext): Promise<number> {
    const booking = (await ctx.loaders.booking.load(ticket.bookingId))!;
    return booking.seatPaidCents[booking.seatIds.indexOf(ticket.seatId)]!;
  }

  @FieldResolver(() => Booking)
  async booking(@Root() ticket: Ticket, @Ctx() ctx: BookingsContext): Promise<Booking> {
    return (await ctx.loaders.booking.load(ticket.bookingId))!;
  }
}
