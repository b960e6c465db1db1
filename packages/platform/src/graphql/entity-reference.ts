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

/** A stub `{ id }` pointing at an entity, to be resolved by the subgraph that owns it. */
export const reference = (id: string): { id: string } => ({ id });

/** The reference resolver of an entity a subgraph extends without storing it: the stub itself. */
export const resolveStub = ({ id }: { id: string }): { id: string } => reference(id);
