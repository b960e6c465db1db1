import { OptionalProps } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { TimestampedRecord, type RefundReasonFact } from '@boxoffice/platform';

export type RefundStatus = 'PENDING' | 'SUCCEEDED';
export type RefundReason = RefundReasonFact;

/**
 * One refund of a payment: reserved (PENDING, its amount counted in the payment's
 * `refundingCents`) before the provider is asked, SUCCEEDED once its answer is committed. Its id
 * is the provider's idempotency key, so asking again never refunds twice.
 */
@Entity({ tableName: 'refund' })
export class Refund extends TimestampedRecord {
  [OptionalProps]?: 'id' | 'status' | 'createdAt' | 'updatedAt' | 'correlationId' | 'requestedBy' | 'reason';

  @Property({ type: 'uuid' })
  paymentId!: string;

  @Property({ type: 'integer' })
  amountCents!: number;

  @Property({ type: 'text' })
  status: RefundStatus = 'PENDING';

  @Property({ type: 'text', nullable: true })
  providerReference?: string | null;

  @Property({ type: 'text' })
  reason: RefundReason = 'REQUESTED';

  /** The request or fact that asked for the refund, so its PaymentRefunded fact names them when a later job sends it. */
  @Property({ type: 'text', nullable: true })
  correlationId?: string | null;

  @Property({ type: 'text', nullable: true })
  requestedBy?: string | null;
}
