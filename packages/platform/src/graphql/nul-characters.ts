import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, valueFromASTUntyped, visit, type DocumentNode } from 'graphql';
import { badUserInput, type FieldProblem } from '../errors/domain-error.js';

/**
 * Refuses, as BAD_USER_INPUT, arguments holding a NUL character anywhere (literal or through
 * variables): Postgres text cannot store one, and no name, email, search or key needs it.
 * Fields are named as `validateInput` names them: inside an input object relative to it,
 * else by the argument.
 */
export function refuseNulCharacters(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const problems = nulProblems(document, request.variables ?? {});
          if (problems.length === 0) return;
          const refusal = badUserInput(problems);
          // Before execution Apollo answers HTTP 500 unless the error names a status.
          throw new GraphQLError(refusal.message, { extensions: { ...refusal.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}

export function nulProblems(document: DocumentNode, variables: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  visit(document, {
    Argument(node) {
      const value: unknown = valueFromASTUntyped(node.value, variables);
      const inputObject = typeof value === 'object' && value !== null && !Array.isArray(value);
      for (const field of pathsToNul(value, inputObject ? '' : node.name.value)) problems.push({ field, message: 'must not contain NUL characters' });
    },
  });
  return problems;
}

/** Paths (`a.b[2]`) of the strings in `value` that contain U+0000. */
function pathsToNul(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => pathsToNul(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => pathsToNul(item, path ? `${path}.${key}` : key));
  }
  return [];
}
