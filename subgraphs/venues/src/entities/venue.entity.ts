import { OptionalProps } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { TimestampedRecord } from '@boxoffice/platform';

@ObjectType({ description: 'Owned by venues.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'venue' })
export class Venue extends TimestampedRecord {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt';

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
}
