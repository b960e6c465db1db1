import { Field, ArgsType, ID } from 'type-graphql';
import { UpdateVenueInput } from './venue-inputs.js';

@ArgsType()
export class UpdateVenueArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => UpdateVenueInput)
  input!: UpdateVenueInput;
}
