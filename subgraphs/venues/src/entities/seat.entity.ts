import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { IdentifiedRecord } from '@boxoffice/platform';

@ObjectType({ description: 'Owned by venues. An entity: bookings reference seats by id.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'seat' })
export class Seat extends IdentifiedRecord {
  @Property({ type: 'uuid' })
  sectionId!: string;

  @Field()
  @Property({ type: 'text', fieldName: 'row_label' })
  row!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  number!: number;

  /** Stored, not derived per read: the seat map (section names included) is fixed once created. */
  @Field({ description: "Human label such as 'Stalls A-12'." })
  @Property({ type: 'text' })
  label!: string;

  /** Order of the seat within its section: rows as given, then seat number. */
  @Property({ type: 'integer' })
  position!: number;
}
