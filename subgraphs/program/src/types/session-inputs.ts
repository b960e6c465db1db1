import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class AddSessionInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field({ description: "Within the event's times." })
  startsAt!: Date;

  @Field({ description: "After startsAt, within the event's times." })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'A room holds one session at a time.' })
  room?: string | null;

  @Field(() => String, { nullable: true })
  track?: string | null;

  @Field(() => [ID], { nullable: true, description: 'In order; a speaker is in one session at a time, across all events.' })
  speakerIds?: string[] | null;
}

@InputType({ description: 'Only the fields given change; null clears description, room or track; speakerIds replaces the list.' })
export class UpdateSessionInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  room?: string | null;

  @Field(() => String, { nullable: true })
  track?: string | null;

  @Field(() => [ID], { nullable: true })
  speakerIds?: string[] | null;
}
