import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A stub of an entity owned by another subgraph, as `{ id }`: `EntityReference('Seat')` when a
 * subgraph only points at seats (`@key(..., resolvable: false)`), `EntityReference('User',
 * { resolvable: true })` when it adds fields to users and so resolves their references.
 */
export function EntityReference(typeName: string, { resolvable = false }: { resolvable?: boolean } = {}) {
  @ObjectType(typeName)
  @Directive(resolvable ? '@key(fields: "id")' : '@key(fields: "id", resolvable: false)')
  class Reference {
    @Field(() => ID)
    id!: string;
  }
  return Reference;
}
