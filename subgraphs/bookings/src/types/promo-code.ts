import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PromoKind } from '../entities/index.js';

@InputType()
export class CreatePromoCodeInput {
  @Field({ description: 'Letters, digits, - and _; unique per event ignoring case.' })
  code!: string;

  @Field(() => PromoKind)
  kind!: PromoKind;

  @Field(() => Int, { description: 'PERCENT: 1–100. FIXED: minor units of the event currency.' })
  value!: number;

  @Field(() => Int, { nullable: true })
  maxRedemptions?: number | null;

  @Field(() => Int, { nullable: true })
  perCustomerLimit?: number | null;

  @Field(() => Date, { nullable: true })
  validFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive: the code is refused from this instant on.' })
  validUntil?: Date | null;

  @Field(() => Int, { nullable: true })
  minTotalCents?: number | null;

  @Field(() => [ID], { nullable: true, description: "Sections of the event's venue it applies to; none: every section." })
  sectionIds?: string[] | null;
}

@ArgsType()
export class CreatePromoCodeArgs {
  @Field(() => ID)
  eventId!: string;

  @Field(() => CreatePromoCodeInput)
  input!: CreatePromoCodeInput;
}

@ObjectType({ description: 'What seats cost, before and after a promo code.' })
export class Price {
  @Field(() => Int)
  subtotalCents!: number;

  @Field(() => Int)
  discountCents!: number;

  @Field(() => Int)
  totalCents!: number;

  @Field()
  currency!: string;
}
