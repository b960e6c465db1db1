import { OptionalProps } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType } from 'type-graphql';
import { IdentifiedRecord } from '@boxoffice/platform';

@ObjectType({ description: 'Owned by bookings.' })
@Directive('@authenticated')
@Entity({ tableName: 'ticket' })
export class Ticket extends IdentifiedRecord {
  [OptionalProps]?: 'id' | 'issuedAt' | 'checkedInAt' | 'voidedAt';

  @Property({ type: 'uuid' })
  bookingId!: string;

  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'uuid' })
  seatId!: string;

  @Field({ description: 'Opaque, unguessable code that the QR encodes; presented at the door.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'datetime' })
  issuedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  checkedInAt?: Date | null;

  /** Set when the booking is cancelled or refunded: the ticket no longer admits anyone. */
  @Property({ type: 'datetime', nullable: true })
  voidedAt?: Date | null;
}
