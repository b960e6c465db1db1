import { Field, ID, InputType, Int } from 'type-graphql';
import { EventStatus } from '../entities/index.js';

@InputType()
export class SectionPriceInput {
  @Field(() => ID)
  sectionId!: string;

  @Field(() => Int)
  priceCents!: number;
}

@InputType()
export class CreateEventInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID)
  venueId!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'ISO 4217, default USD.' })
  currency?: string | null;

  @Field(() => [SectionPriceInput])
  prices!: SectionPriceInput[];
}

@InputType()
export class UpdateEventInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears the description.' })
  description?: string | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => [SectionPriceInput], { nullable: true, description: 'Replaces all prices; DRAFT events only.' })
  prices?: SectionPriceInput[] | null;
}

@InputType()
export class EventFilter {
  @Field(() => EventStatus, { nullable: true })
  status?: EventStatus | null;

  @Field(() => ID, { nullable: true })
  venueId?: string | null;

  @Field(() => ID, { nullable: true })
  organizerId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Events starting at or after this time.' })
  startsAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Events starting before this time.' })
  startsBefore?: Date | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of title or description.' })
  search?: string | null;
}
