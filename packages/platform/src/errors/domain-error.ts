import { GraphQLError } from 'graphql';

/** The error codes of the public contract (see schema/contract.graphql). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_STATE'
  | 'SEAT_UNAVAILABLE'
  | 'HOLD_EXPIRED'
  | 'PAYMENT_DECLINED'
  | 'RATE_LIMITED';

export const CONTRACT_ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE',
  'SEAT_UNAVAILABLE',
  'HOLD_EXPIRED',
  'PAYMENT_DECLINED',
  'RATE_LIMITED',
]);

/** An expected failure that clients see as-is: message plus the contract's extensions.code. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export interface FieldProblem {
  /** Path of the offending input field, e.g. `password` or `sections[1].name`. */
  field: string;
  message: string;
}

export const unauthenticated = (message = 'Authentication required') =>
  new DomainError('UNAUTHENTICATED', message);

export const forbidden = (message = 'Not allowed') => new DomainError('FORBIDDEN', message);

export const notFound = (what: string, id?: string) =>
  new DomainError('NOT_FOUND', id ? `${what} ${id} not found` : `${what} not found`);

export const conflict = (message: string) => new DomainError('CONFLICT', message);

export const invalidState = (message: string) => new DomainError('INVALID_STATE', message);

/**
 * Validation failure. `extensions.fields` lists the top-level input field names (as in the
 * contract) and `extensions.problems` says what is wrong with each, with its full path.
 */
export function badUserInput(problems: FieldProblem[]): DomainError {
  const fields = [...new Set(problems.map((p) => p.field.split(/[.[]/)[0]!))];
  const message = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new DomainError('BAD_USER_INPUT', `Invalid input: ${message}`, { fields, problems });
}

export const seatUnavailable = (seatIds: string[]) =>
  new DomainError('SEAT_UNAVAILABLE', 'One or more seats are held or sold', { seatIds });

export const holdExpired = () => new DomainError('HOLD_EXPIRED', 'The hold expired before checkout');

export const paymentDeclined = (reason: string) =>
  new DomainError('PAYMENT_DECLINED', `The payment was declined: ${reason}`, { reason });

export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError('RATE_LIMITED', 'Too many requests, try again later', { retryAfterSeconds });
