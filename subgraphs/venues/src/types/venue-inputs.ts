import { Field, InputType, Int } from 'type-graphql';

@InputType()
export class RowInput {
  @Field({ description: "Row label, e.g. 'A'." })
  label!: string;

  @Field(() => Int, { description: 'Seats numbered 1..seats.' })
  seats!: number;
}

@InputType()
export class SectionInput {
  @Field()
  name!: string;

  @Field(() => [RowInput])
  rows!: RowInput[];
}

@InputType()
export class CreateVenueInput {
  @Field()
  name!: string;

  @Field()
  address!: string;

  @Field()
  city!: string;

  @Field(() => [SectionInput], { description: 'At least one section; the seat map is fixed once created.' })
  sections!: SectionInput[];
}

@InputType()
export class UpdateVenueInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;
}
