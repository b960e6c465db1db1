import { Field, Int, ObjectType } from 'type-graphql';
import { SectionRef } from './references.js';

@ObjectType()
export class SectionPrice {
  @Field(() => SectionRef)
  section!: SectionRef;

  @Field(() => Int)
  priceCents!: number;
}
