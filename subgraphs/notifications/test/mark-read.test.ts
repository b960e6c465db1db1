import { randomUUID } from 'node:crypto';
import { errorCode, gql, registerUser } from '../../../test/support/index.js';

describe('markNotificationsRead', () => {
  it('names at most 100 notifications at a time', async () => {
    const customer = await registerUser();
    const ids = Array.from({ length: 101 }, () => randomUUID());
    const response = await gql(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id } }`, { ids }, customer.token);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.fields).toEqual(['ids']);
  });
});
