import { IdAndInputArgs } from '@boxoffice/platform';
import { ArgsType, Field, ID } from 'type-graphql';
import { AddSessionInput, UpdateSessionInput } from './session-inputs.js';
import { UpdateSpeakerInput } from './speaker-inputs.js';

@ArgsType()
export class UpdateSpeakerArgs extends IdAndInputArgs(UpdateSpeakerInput) {}

@ArgsType()
export class AddSessionArgs {
  @Field(() => ID)
  eventId!: string;

  @Field(() => AddSessionInput)
  input!: AddSessionInput;
}

@ArgsType()
export class UpdateSessionArgs extends IdAndInputArgs(UpdateSessionInput) {}
