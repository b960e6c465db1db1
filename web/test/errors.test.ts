import { CombinedError } from '@urql/core';
import { explain } from '../src/errors.js';

const failure = (code: string, extensions: Record<string, unknown> = {}) =>
  new CombinedError({ graphQLErrors: [{ message: `failed with ${code}`, extensions: { code, ...extensions } }] });

describe('errors in plain words', () => {
  it('names the seats someone else took', () => {
    const labels = (ids: string[]) => ids.map((id) => `Stalls ${id}`);
    expect(explain(failure('SEAT_UNAVAILABLE', { seatIds: ['A-1', 'A-2'] }), labels)).toBe(
      'Sorry, Stalls A-1, Stalls A-2 were just taken by someone else. Nothing was held for you; pick other seats.',
    );
  });

  it('says a declined card charged nothing, with the reason', () => {
    expect(explain(failure('PAYMENT_DECLINED', { reason: 'card_declined' }))).toBe(
      'Your card was declined (card_declined). Nothing was charged; try another card.',
    );
  });

  it('falls back to the message for codes without words of their own', () => {
    expect(explain(failure('INVALID_STATE'))).toBe('failed with INVALID_STATE');
  });
});
