import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { PaymentStatus } from './payment-status.js';
import { TimestampedRecord } from '@boxoffice/platform';

/**
 * One attempt to pay one booking, identified for its payer by an idempotency key. `booking`
 * is exposed through a field resolver as a reference to the bookings subgraph's Booking.
 */
@ObjectType({ description: 'Owned by payments.' })
@Directive('@authenticated')
@Directive('@key(fields: "id")')
@Entity({ tableName: 'payment' })
export class Payment extends TimestampedRecord {
  [OptionalProps]?: 'id' | 'refundedCents' | 'refundingCents' | 'status' | 'createdAt' | 'updatedAt';

  @Property({ type: 'uuid' })
  bookingId!: string;

  /** The paying user. */
  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  amountCents!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  refundedCents: number = 0;

  /** Reserved by refunds the provider has not answered yet. */
  @Property({ type: 'integer' })
  refundingCents: number = 0;

  @Field()
  @Property({ type: 'text' })
  currency!: string;

  @Field(() => PaymentStatus)
  @Enum({ items: () => PaymentStatus, nativeEnumName: 'payment_status' })
  status: PaymentStatus = PaymentStatus.REQUIRES_PAYMENT;

  @Field({ description: "Name of the provider that processed it, e.g. 'mock'." })
  @Property({ type: 'text' })
  provider!: string;

  /** The provider's id of the charge; refunds name it. */
  @Property({ type: 'text', nullable: true })
  providerReference?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  failureReason?: string | null;

  /** What has been neither refunded nor reserved by a refund under way. */
  remainingCents(): number {
    return this.amountCents - this.refundedCents - this.refundingCents;
  }
}
