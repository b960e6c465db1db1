import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The bookings subgraph's Booking, to which payments adds the `payment` field. */
@ObjectType('Booking')
@Directive('@authenticated')
@Directive('@key(fields: "id")')
export class BookingRef {
  @Field(() => ID)
  id!: string;
}
