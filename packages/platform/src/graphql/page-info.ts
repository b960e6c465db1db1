import { Directive, Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Cursor pagination state.' })
// Every subgraph with a connection defines the same PageInfo.
@Directive('@shareable')
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor?: string | null;
}
