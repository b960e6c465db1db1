import { ConnectionType } from '@boxoffice/platform';
import { ObjectType } from 'type-graphql';
import { Notification, NotificationDelivery } from '../entities/index.js';

@ObjectType()
export class NotificationConnection extends ConnectionType(Notification) {}

@ObjectType()
export class NotificationDeliveryConnection extends ConnectionType(NotificationDelivery) {}
