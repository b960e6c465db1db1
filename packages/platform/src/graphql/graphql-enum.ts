import { registerEnumType } from 'type-graphql';

/** The values of an enum object made by `graphqlEnum`, as a type. */
export type EnumValue<E> = E[keyof E];

/**
 * A string enum as a const object (`Status.PAID === 'PAID'`), registered with type-graphql as
 * the GraphQL enum `name`; usable wherever a TypeScript enum is (zod, MikroORM `@Enum`).
 */
export function graphqlEnum<const V extends string>(name: string, values: readonly V[]): { readonly [K in V]: K } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in V]: K };
  registerEnumType(enumObject, { name });
  return enumObject;
}
