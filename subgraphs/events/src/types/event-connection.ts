import { ConnectionType } from '@boxoffice/platform';
import { ObjectType } from 'type-graphql';
import { Event } from '../entities/index.js';

@ObjectType()
export class EventConnection extends ConnectionType(Event) {}
