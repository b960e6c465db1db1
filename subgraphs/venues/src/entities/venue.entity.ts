import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Owned by venues.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'venue' })
export class Venue {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field()
  @Property({ type: 'text' })
  address!: string;

  @Field()
  @Property({ type: 'text' })
  city!: string;

  /** Stored (the seat map never changes) so `minCapacity` filters on an indexed column. */
  @Field(() => Int, { description: 'Total number of seats over all sections.' })
  @Property({ type: 'integer' })
  capacity!: number;

  /** The organizer or admin who created the venue; exposed as `manager: User`. */
  @Property({ type: 'uuid' })
  managerId!: string;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
