import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * Base classes for entities, mapped superclasses to MikroORM and abstract object types to
 * type-graphql: the UUID id and the timestamps the contract gives most types, declared once.
 */
@ObjectType()
@Entity({ abstract: true })
export abstract class IdentifiedRecord {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
}

@ObjectType()
@Entity({ abstract: true })
export abstract class CreatedRecord extends IdentifiedRecord {
  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

@ObjectType()
@Entity({ abstract: true })
export abstract class TimestampedRecord extends CreatedRecord {
  @Field()
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** Something on the calendar (an event, a session of its program): a title, a description and when it runs. */
@ObjectType()
@Entity({ abstract: true })
export abstract class ScheduledRecord extends TimestampedRecord {
  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field()
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field()
  @Property({ type: 'datetime' })
  endsAt!: Date;
}

/** A row of a projection: its id is the one the owning subgraph gave the thing, not a new one. */
@Entity({ abstract: true })
export abstract class ProjectedRecord {
  @PrimaryKey({ type: 'uuid' })
  id!: string;
}

export const RECORD_BASES = [IdentifiedRecord, CreatedRecord, TimestampedRecord, ScheduledRecord, ProjectedRecord];
