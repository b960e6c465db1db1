import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { graphqlEnum, type EnumValue } from '@boxoffice/platform';
import { Field, ID, ObjectType } from 'type-graphql';

export const AuditAction = graphqlEnum('AuditAction', [
  'ROLE_CHANGED',
  'ACCOUNT_DELETED',
  'VENUE_CREATED',
  'VENUE_UPDATED',
  'EVENT_CREATED',
  'EVENT_UPDATED',
  'EVENT_PUBLISHED',
  'EVENT_CANCELLED',
  'SESSION_MOVED',
  'SESSION_ROOM_CHANGED',
  'SESSION_REMOVED',
  'BOOKING_CANCELLED',
  'PAYMENT_CAPTURED',
  'PAYMENT_REFUNDED',
  'TICKET_CHECKED_IN',
]);
export type AuditAction = EnumValue<typeof AuditAction>;

export const AuditTargetType = graphqlEnum('AuditTargetType', ['USER', 'VENUE', 'EVENT', 'SESSION', 'BOOKING', 'PAYMENT', 'TICKET']);
export type AuditTargetType = EnumValue<typeof AuditTargetType>;

/**
 * One privileged or money-moving action, written from the fact that recorded it (its id is the
 * fact's id). The table refuses updates and deletes; no API changes or removes an entry.
 */
@ObjectType({ description: 'Who did what to which, when. Admins only.' })
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['occurredAt', 'id'] })
export class AuditEntry {
  @Field(() => ID, { description: 'The id of the fact the entry was written from.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => AuditAction)
  @Enum({ items: () => AuditAction, nativeEnumName: 'audit_action' })
  action!: AuditAction;

  @Field(() => ID, { nullable: true, description: 'The user who acted; null for the system (a sweep, a scheduled job).' })
  @Index()
  @Property({ type: 'text', nullable: true })
  actorId?: string | null;

  @Field(() => AuditTargetType)
  @Enum({ items: () => AuditTargetType, nativeEnumName: 'audit_target_type' })
  targetType!: AuditTargetType;

  @Field(() => ID)
  @Index()
  @Property({ type: 'text' })
  targetId!: string;

  @Field({ description: 'When the action committed (UTC).' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'The correlation id of the request that caused it.' })
  @Property({ type: 'text', nullable: true })
  correlationId?: string | null;
}
