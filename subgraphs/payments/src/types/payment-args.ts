import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class PayForBookingArgs {
  @Field(() => ID)
  bookingId!: string;

  @Field({ description: "The provider's payment method; with the mock provider 'pm_card_visa' succeeds and 'pm_card_declined' is declined." })
  paymentMethod!: string;

  @Field({ description: 'Chosen by the client per payment attempt; repeating it returns the same payment and never charges twice.' })
  idempotencyKey!: string;
}

@ArgsType()
export class RefundPaymentArgs {
  @Field(() => ID)
  paymentId!: string;

  @Field(() => Int, { nullable: true, description: 'Defaults to the remaining (not yet refunded) amount.' })
  amountCents?: number | null;
}
