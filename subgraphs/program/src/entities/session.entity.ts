import { ScheduledRecord } from '@boxoffice/platform';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * A talk of an event's program, in a room at a time. `event` and `speakers` are field
 * resolvers. The database refuses two overlapping sessions in one room of one event.
 */
@ObjectType({ description: 'Owned by program.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'session' })
export class Session extends ScheduledRecord {
  [OptionalProps]?: 'id' | 'description' | 'room' | 'track' | 'createdAt' | 'updatedAt';

  @Property({ type: 'uuid' })
  eventId!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  room?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  track?: string | null;
}
