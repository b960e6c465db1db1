import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { IdentifiedRecord } from '@boxoffice/platform';

@ObjectType({ description: 'Owned by venues. An entity: other subgraphs reference sections by id.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'section' })
export class Section extends IdentifiedRecord {
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
