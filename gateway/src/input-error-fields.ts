import type { ApolloServerPlugin } from '@apollo/server';
import {
  coerceInputValue,
  getNullableType,
  isInputObjectType,
  isNonNullType,
  Kind,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';

/**
 * The contract promises `extensions.fields` on every BAD_USER_INPUT; graphql-js's own variable
 * coercion errors carry none. For each such error (its node is the variable's definition) this
 * re-checks the variable's value against its input type and names the top-level input fields
 * that are missing, unknown or invalid, or else the variable itself.
 */
export const inputErrorFields: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, schema, request }) {
        for (const error of errors) {
          const definition = error.nodes?.find((node): node is VariableDefinitionNode => node.kind === Kind.VARIABLE_DEFINITION);
          if (!definition || error.extensions.code !== 'BAD_USER_INPUT' || error.extensions.fields) continue;
          const name = definition.variable.name.value;
          const fields = invalidFields(schema, definition, request.variables?.[name]);
          (error.extensions as Record<string, unknown>).fields = fields.length > 0 ? fields : [name];
        }
      },
    };
  },
};

function invalidFields(schema: GraphQLSchema, definition: VariableDefinitionNode, value: unknown): string[] {
  const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
  const inputType = type && getNullableType(type);
  if (!isInputObjectType(inputType) || typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const given = value as Record<string, unknown>;
  const fields = inputType.getFields();
  const unknown = Object.keys(given).filter((key) => !(key in fields));
  const wrong = Object.values(fields)
    .filter((field) => {
      if (given[field.name] === undefined) return isNonNullType(field.type) && field.defaultValue === undefined;
      return !accepts(field.type, given[field.name]);
    })
    .map((field) => field.name);
  return [...wrong, ...unknown];
}

function accepts(type: GraphQLInputType, value: unknown): boolean {
  let valid = true;
  coerceInputValue(value, type, () => (valid = false));
  return valid;
}
