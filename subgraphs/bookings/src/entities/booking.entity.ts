import { ArrayType, OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { BookingStatus } from './states.js';
import { TimestampedRecord } from '@boxoffice/platform';

@ObjectType({ description: 'Owned by bookings.' })
@Directive('@authenticated')
@Directive('@key(fields: "id")')
@Entity({ tableName: 'booking' })
export class Booking extends TimestampedRecord {
  [OptionalProps]?: 'id' | 'status' | 'discountCents' | 'createdAt' | 'updatedAt';

  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  /** The event's organizer, who may read the booking and check its tickets in. */
  @Property({ type: 'uuid' })
  organizerId!: string;

  @Property({ type: 'uuid' })
  holdId!: string;

  @Property({ type: ArrayType, columnType: 'uuid[]' })
  seatIds!: string[];

  @Field(() => BookingStatus)
  @Enum({ items: () => BookingStatus, nativeEnumName: 'booking_status' })
  status: BookingStatus = BookingStatus.PENDING_PAYMENT;

  @Field(() => Int, { description: 'What the seats cost before any discount.' })
  @Property({ type: 'integer' })
  subtotalCents!: number;

  @Field(() => Int, { description: 'Taken off by the promo code; 0 without one.' })
  @Property({ type: 'integer' })
  discountCents: number = 0;

  @Field(() => Int, { description: 'What is charged: subtotalCents - discountCents, never below 0.' })
  @Property({ type: 'integer' })
  totalCents!: number;

  @Field(() => String, { nullable: true, description: 'The promo code redeemed at checkout, as its organizer wrote it.' })
  @Property({ type: 'text', nullable: true })
  promoCode?: string | null;

  @Property({ type: 'uuid', nullable: true })
  promoCodeId?: string | null;

  /** What each seat was paid (its price less its share of the discount), in seatIds order. */
  @Property({ type: new ArrayType((cents: string | number) => Number(cents)), columnType: 'integer[]' })
  seatPaidCents!: number[];

  @Field()
  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Field(() => Date, { nullable: true, description: 'Until when a PENDING_PAYMENT booking may be paid (default 15 minutes).' })
  @Property({ type: 'datetime', nullable: true })
  paymentDueAt?: Date | null;
}
