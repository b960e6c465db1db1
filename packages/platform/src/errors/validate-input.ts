import type { z } from 'zod';
import { badUserInput } from './domain-error.js';

/**
 * Parses client input with a zod schema; failures become one BAD_USER_INPUT error whose
 * `extensions.fields` names every offending field.
 */
export function validateInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw badUserInput(
    result.error.issues.map((issue) => ({
      field: issue.path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('') || 'input',
      message: issue.message,
    })),
  );
}
