import { randomUUID } from 'node:crypto';
import { createVenue, errorCode, gql, gqlOk, loginAdmin, registerUser, UPDATE_VENUE, VENUE, type TestUser } from '../../../test/support/index.js';

let manager: TestUser;

beforeAll(async () => {
  manager = await registerUser('ORGANIZER');
});

const update = (caller: TestUser | undefined, id: string, input: Record<string, unknown>) => gql(UPDATE_VENUE, { id, input }, caller?.token);

describe('updateVenue', () => {
  test('the manager changes name and city; the address, manager and seat map stay', async () => {
    const venue = await createVenue(manager);
    const { updateVenue } = await gqlOk(UPDATE_VENUE, { id: venue.id, input: { name: ' Renamed Hall ', city: 'Nantes', address: null } }, manager.token);
    expect(updateVenue).toEqual({ ...venue, name: 'Renamed Hall', city: 'Nantes' });
    const { venue: reread } = await gqlOk(VENUE, { id: venue.id });
    expect(reread).toEqual(updateVenue);
  });

  test('an admin may update any venue', async () => {
    const venue = await createVenue(manager);
    const admin = await loginAdmin();
    const { updateVenue } = await gqlOk(UPDATE_VENUE, { id: venue.id, input: { address: '2 Admin Road' } }, admin.token);
    expect(updateVenue).toMatchObject({ address: '2 Admin Road', name: venue.name, manager: { id: manager.id } });
  });

  test('another organizer is FORBIDDEN and the venue is unchanged', async () => {
    const venue = await createVenue(manager);
    const other = await registerUser('ORGANIZER');
    expect(errorCode(await update(other, venue.id, { name: 'Hijacked' }))).toBe('FORBIDDEN');
    expect((await gqlOk(VENUE, { id: venue.id })).venue.name).toBe(venue.name);
  });

  test('a customer is FORBIDDEN and an anonymous caller UNAUTHENTICATED', async () => {
    const venue = await createVenue(manager);
    expect(errorCode(await update(await registerUser('CUSTOMER'), venue.id, { name: 'X' }))).toBe('FORBIDDEN');
    expect(errorCode(await update(undefined, venue.id, { name: 'X' }))).toBe('UNAUTHENTICATED');
  });

  test('an unknown or malformed id is NOT_FOUND', async () => {
    expect(errorCode(await update(manager, randomUUID(), { name: 'X' }))).toBe('NOT_FOUND');
    expect(errorCode(await update(manager, 'not-a-venue-id', { name: 'X' }))).toBe('NOT_FOUND');
  });

  test('blank values are BAD_USER_INPUT naming each field', async () => {
    const venue = await createVenue(manager);
    const result = await update(manager, venue.id, { name: ' ', city: '' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.fields).toEqual(['name', 'city']);
    expect((await gqlOk(VENUE, { id: venue.id })).venue.name).toBe(venue.name);
  });

  test('the seat map cannot be changed: the input has no sections', async () => {
    const venue = await createVenue(manager);
    const result = await update(manager, venue.id, { sections: [] });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/sections/);
    expect(result.data ?? null).toBeNull();
  });
});
