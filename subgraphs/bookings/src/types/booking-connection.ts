import { ConnectionType, type Page } from '@boxoffice/platform';
import type { OrderDefinition } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { Booking } from '../entities/index.js';

@ObjectType()
export class BookingConnection extends ConnectionType(Booking) {}

export const emptyPage = <T>(): Page<T> => ({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });

/** Lists of bookings show the newest first; id breaks ties so the keyset order is total. */
export const NEWEST_FIRST: OrderDefinition<Booking> = { createdAt: 'desc', id: 'desc' };
