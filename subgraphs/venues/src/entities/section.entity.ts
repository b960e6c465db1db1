import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Owned by venues. An entity: other subgraphs reference sections by id.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'section' })
export class Section {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  venueId!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  /** Order of the section within its venue, as given at creation. */
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  seatCount!: number;
}
