import { Field, InputType, Int } from 'type-graphql';

@InputType()
export class VenueFilter {
  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name.' })
  search?: string | null;

  @Field(() => Int, { nullable: true })
  minCapacity?: number | null;
}
