import { GraphQLError } from 'graphql';
import { isConnectionFailure } from '../../src/errors/connection-failure.js';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isConnectionFailure', () => {
  it.each(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '08006', '08001', '57P01', '57P03'])('knows %s', (code) => {
    expect(isConnectionFailure(withCode(code))).toBe(true);
  });

  it('looks through GraphQL errors and causes', () => {
    const driverError = new Error('driver', { cause: withCode('ECONNREFUSED') });
    expect(isConnectionFailure(new GraphQLError('wrapped', { originalError: driverError }))).toBe(true);
  });

  it.each(['23505', '40001', '42P01', '57014', 'ERR_INVALID_ARG_TYPE'])('leaves %s alone', (code) => {
    expect(isConnectionFailure(withCode(code))).toBe(false);
  });

  it('leaves errors without a code, and non-errors, alone', () => {
    expect(isConnectionFailure(new Error('boom'))).toBe(false);
    expect(isConnectionFailure('ECONNREFUSED')).toBe(false);
    expect(isConnectionFailure(undefined)).toBe(false);
  });

  it('stops on a cycle of causes', () => {
    const looped: Error & { cause?: unknown } = new Error('loop');
    looped.cause = looped;
    expect(isConnectionFailure(looped)).toBe(false);
  });
});
