import { ConnectionType } from '@boxoffice/platform';
import { ObjectType } from 'type-graphql';
import { Venue } from '../entities/index.js';

@ObjectType()
export class VenueConnection extends ConnectionType(Venue) {}
