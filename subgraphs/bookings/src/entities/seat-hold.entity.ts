import { ArrayType, OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType } from 'type-graphql';
import { HoldStatus } from './states.js';
import { CreatedRecord } from '@boxoffice/platform';

@ObjectType('Hold', { description: 'Owned by bookings. Seats reserved for one user for a limited time (default 10 minutes).' })
@Directive('@authenticated')
@Entity({ tableName: 'seat_hold' })
export class SeatHold extends CreatedRecord {
  [OptionalProps]?: 'id' | 'status' | 'createdAt';

  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  /** In the order the caller asked for them. */
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  seatIds!: string[];

  @Enum({ items: () => HoldStatus, nativeEnumName: 'hold_status' })
  status: HoldStatus = HoldStatus.ACTIVE;

  @Field()
  @Property({ type: 'datetime' })
  expiresAt!: Date;
}
