import { PageArgs } from '@boxoffice/platform';
import { ArgsType, Field, ID } from 'type-graphql';
import { BookingStatus } from '../entities/index.js';

/*
 * Argument lists with more than one argument, as classes so the schema prints them in the
 * contract's order.
 */

@ArgsType()
export class BookingPageArgs extends PageArgs {
  @Field(() => BookingStatus, { nullable: true })
  status?: BookingStatus | null;
}

@ArgsType()
export class HoldSeatsArgs {
  @Field(() => ID)
  eventId!: string;

  @Field(() => [ID])
  seatIds!: string[];
}

@ArgsType()
export class CheckoutArgs {
  @Field(() => ID)
  holdId!: string;

  @Field()
  idempotencyKey!: string;

  @Field(() => String, { nullable: true, description: 'A promo code of the event, in any case.' })
  promoCode?: string | null;
}
