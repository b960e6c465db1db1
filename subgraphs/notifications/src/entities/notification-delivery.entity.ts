import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { CreatedRecord } from '@boxoffice/platform';
import { NotificationChannel, NotificationDeliveryStatus, NotificationKind } from './states.js';

/**
 * One mail of a notification: written PENDING with the notice, sent later by the delivery task
 * (never inside the transaction that consumed the fact), retried with backoff, FAILED after the
 * last attempt.
 */
@ObjectType({ description: 'Owned by notifications: one attempt-tracked delivery of a notification. Admins only.' })
@Entity({ tableName: 'notification_delivery' })
export class NotificationDelivery extends CreatedRecord {
  [OptionalProps]?: 'id' | 'createdAt' | 'channel' | 'status' | 'attempts' | 'lastError' | 'sentAt' | 'secret';

  @Property({ type: 'uuid' })
  notificationId!: string;

  @Field(() => NotificationChannel)
  @Enum({ items: () => NotificationChannel, nativeEnumName: 'notification_channel' })
  channel: NotificationChannel = NotificationChannel.EMAIL;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind!: NotificationKind;

  /** Empty while the person is not known here yet (see Notifier.address); a mail is sent only once it is set. */
  @Field(() => String)
  @Property({ type: 'text', nullable: true })
  recipient!: string | null;

  @Property({ type: 'text' })
  subject!: string;

  /** What the mail's templates are rendered with. */
  @Property({ type: 'json' })
  data!: Record<string, unknown>;

  /** A token the mail carries (verification, reset); erased once the delivery ends. */
  @Property({ type: 'text', nullable: true, hidden: true })
  secret?: string | null;

  @Field(() => NotificationDeliveryStatus)
  @Enum({ items: () => NotificationDeliveryStatus, nativeEnumName: 'notification_delivery_status' })
  status: NotificationDeliveryStatus = NotificationDeliveryStatus.PENDING;

  @Field(() => Int)
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Field()
  @Property({ type: 'datetime' })
  nextAttemptAt!: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date | null;
}
