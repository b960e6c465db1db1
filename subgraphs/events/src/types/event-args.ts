import { IdAndInputArgs, PageArgs } from '@boxoffice/platform';
import { ArgsType, Field, ID } from 'type-graphql';
import { EventStatus } from '../entities/index.js';
import { UpdateEventInput } from './event-inputs.js';

@ArgsType()
export class UpdateEventArgs extends IdAndInputArgs(UpdateEventInput) {}

@ArgsType()
export class CancelEventArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

/** `Venue.events`: a page, optionally only events in one status. */
@ArgsType()
export class EventPageArgs extends PageArgs {
  @Field(() => EventStatus, { nullable: true })
  status?: EventStatus | null;
}
