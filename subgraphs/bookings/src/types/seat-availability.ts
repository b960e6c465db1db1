import { Field, Int, ObjectType } from 'type-graphql';
import { SeatState } from '../entities/index.js';
import { EventRef, SeatRef, SectionRef } from './references.js';

/** The counts of SeatAvailability and SectionAvailability. */
// Never emitted itself (not reachable); the two types extend it.
@ObjectType()
abstract class SeatCounts {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  available!: number;

  @Field(() => Int)
  held!: number;

  @Field(() => Int)
  sold!: number;
}

@ObjectType()
export class SectionAvailability extends SeatCounts {
  @Field(() => SectionRef)
  section!: SectionRef;
}

@ObjectType({ description: 'Owned by bookings. Counts always add up: available + held + sold = total.' })
export class SeatAvailability extends SeatCounts {
  /** Also used by the `seats` field resolver. */
  eventId!: string;

  @Field(() => EventRef)
  event!: EventRef;

  @Field(() => Int, { description: 'Increases by at least one on every change for this event.' })
  version!: number;

  @Field(() => [SectionAvailability])
  sections!: SectionAvailability[];
}

@ObjectType()
export class SeatStatus {
  @Field(() => SeatRef)
  seat!: SeatRef;

  @Field(() => SeatState)
  state!: SeatState;
}
