import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, getNullableType, isCompositeType, isListType, isObjectType } from 'graphql';
import { LIST_BOUNDS } from '../../src/limits/list-bounds.js';

const supergraph = buildSchema(readFileSync(new URL('../../../schema/supergraph.graphql', import.meta.url), 'utf8'));

/** `Type.field` of every list of objects the gateway serves. */
const listsOfObjects = Object.values(supergraph.getTypeMap())
  .filter(isObjectType)
  .filter((type) => !type.name.startsWith('__'))
  .flatMap((type) =>
    Object.values(type.getFields())
      .filter((field) => isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type)))
      .map((field) => `${type.name}.${field.name}`),
  );

describe('the list bounds of the cost model', () => {
  it('cover every list of objects in the supergraph, so none is counted by a guess', () => {
    expect(listsOfObjects.filter((list) => !(list in LIST_BOUNDS))).toEqual([]);
  });

  it('name only lists that exist', () => {
    expect(Object.keys(LIST_BOUNDS).filter((list) => !listsOfObjects.includes(list))).toEqual([]);
  });
});
