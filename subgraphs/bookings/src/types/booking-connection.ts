import { ConnectionType } from '@boxoffice/platform';
import { ObjectType } from 'type-graphql';
import { Booking } from '../entities/index.js';

@ObjectType()
export class BookingConnection extends ConnectionType(Booking) {}
