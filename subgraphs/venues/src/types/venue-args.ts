import { IdAndInputArgs } from '@boxoffice/platform';
import { ArgsType } from 'type-graphql';
import { UpdateVenueInput } from './venue-inputs.js';

@ArgsType()
export class UpdateVenueArgs extends IdAndInputArgs(UpdateVenueInput) {}
