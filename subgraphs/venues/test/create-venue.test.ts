import {
  createVenue,
  errorCode,
  gqlOk,
  loginAdmin,
  registerUser,
  tryCreateVenue,
  uniqueToken,
  venueInput,
  type SectionInput,
  type TestUser,
  type VenueInput,
} from '../../../test/support/index.js';

let organizer: TestUser;

beforeAll(async () => {
  organizer = await registerUser('ORGANIZER');
});

const rows = (count: number, seats = 1) => Array.from({ length: count }, (_, i) => ({ label: `R${i + 1}`, seats }));
const sections = (count: number): SectionInput[] => Array.from({ length: count }, (_, i) => ({ name: `Section ${i + 1}`, rows: rows(1) }));
/** 30 seats: Stalls (A: 12, B: 10) and Balcony (A: 8). */
const HALL: SectionInput[] = [
  { name: 'Stalls', rows: [{ label: 'A', seats: 12 }, { label: 'B', seats: 10 }] },
  { name: 'Balcony', rows: [{ label: 'A', seats: 8 }] },
];

describe('createVenue', () => {
  test('creates the seat map in order, with labels, seat counts, capacity and the caller as manager', async () => {
    const started = Date.now();
    const venue = await createVenue(organizer, { name: '  Grand Hall  ', city: 'Lyon', sections: HALL });

    expect(venue).toMatchObject({ name: 'Grand Hall', address: '1 Main Street', city: 'Lyon', capacity: 30, manager: { id: organizer.id } });
    expect(new Date(venue.createdAt).getTime()).toBeGreaterThanOrEqual(started - 5_000);
    expect(venue.sections.map((s: any) => [s.name, s.seatCount, s.seats.length])).toEqual([
      ['Stalls', 22, 22],
      ['Balcony', 8, 8],
    ]);
    const [stalls, balcony] = venue.sections;
    expect(stalls.seats.slice(0, 2)).toEqual([
      { id: expect.any(String), row: 'A', number: 1, label: 'Stalls A-1' },
      { id: expect.any(String), row: 'A', number: 2, label: 'Stalls A-2' },
    ]);
    expect(stalls.seats.map((s: any) => s.label)).toContain('Stalls A-12');
    expect(stalls.seats[12]).toMatchObject({ row: 'B', number: 1, label: 'Stalls B-1' });
    expect(balcony.seats.at(-1)).toMatchObject({ row: 'A', number: 8, label: 'Balcony A-8' });
    const seatIds = venue.sections.flatMap((s: any) => s.seats.map((seat: any) => seat.id));
    expect(new Set(seatIds).size).toBe(30);
  });

  test('the venue reads back through venue(id), seats pointing to their section and sections to their venue', async () => {
    const created = await createVenue(organizer, { sections: HALL });
    const { venue } = await gqlOk(
      `query($id: ID!) { venue(id: $id) { id capacity manager { id } sections { name venue { id } seats { label section { name } } } } }`,
      { id: created.id },
    );
    expect(venue).toMatchObject({ id: created.id, capacity: 30, manager: { id: organizer.id } });
    for (const section of venue.sections) {
      expect(section.venue.id).toBe(created.id);
      for (const seat of section.seats) expect(seat.section.name).toBe(section.name);
    }
  });

  test('an admin may create a venue and manages it', async () => {
    const admin = await loginAdmin();
    const venue = await createVenue(admin);
    expect(venue.manager.id).toBe(admin.id);
  });

  test('a venue of thousands of seats is created in one go', async () => {
    const big = Array.from({ length: 25 }, (_, i) => ({ name: `Block ${i + 1}`, rows: rows(10, 20) }));
    const venue = await createVenue(organizer, { sections: big });
    expect(venue.capacity).toBe(5_000);
    expect(venue.sections).toHaveLength(25);
    expect(venue.sections[24]!.seats.at(-1)!.label).toBe('Block 25 R10-20');
  });

  test('a customer is FORBIDDEN and an anonymous caller UNAUTHENTICATED', async () => {
    const customer = await registerUser('CUSTOMER');
    expect(errorCode(await tryCreateVenue(customer, venueInput()))).toBe('FORBIDDEN');
    expect(errorCode(await tryCreateVenue(undefined, venueInput()))).toBe('UNAUTHENTICATED');
  });
});

describe('createVenue validation', () => {
  const cases: Array<[string, Partial<VenueInput>, string[], string]> = [
    ['an empty name', { name: '' }, ['name'], 'name'],
    ['a blank address', { address: '   ' }, ['address'], 'address'],
    ['a blank city', { city: ' ' }, ['city'], 'city'],
    ['no sections', { sections: [] }, ['sections'], 'sections'],
    ['a blank section name', { sections: [{ name: ' ', rows: rows(1) }] }, ['sections'], 'sections[0].name'],
    [
      'duplicate section names, whatever their case',
      { sections: [{ name: 'Stalls', rows: rows(1) }, { name: ' STALLS', rows: rows(1) }] },
      ['sections'],
      'sections[1].name',
    ],
    ['a section without rows', { sections: [{ name: 'Stalls', rows: [] }] }, ['sections'], 'sections[0].rows'],
    [
      'duplicate row labels in a section',
      { sections: [{ name: 'Stalls', rows: [{ label: 'A', seats: 2 }, { label: 'a', seats: 3 }] }] },
      ['sections'],
      'sections[0].rows[1].label',
    ],
    ['a blank row label', { sections: [{ name: 'Stalls', rows: [{ label: ' ', seats: 2 }] }] }, ['sections'], 'sections[0].rows[0].label'],
    ['a row without seats', { sections: [{ name: 'Stalls', rows: [{ label: 'A', seats: 0 }] }] }, ['sections'], 'sections[0].rows[0].seats'],
    ['a row of negative seats', { sections: [{ name: 'Stalls', rows: [{ label: 'A', seats: -4 }] }] }, ['sections'], 'sections[0].rows[0].seats'],
    ['more than 50 sections', { sections: sections(51) }, ['sections'], 'sections'],
    ['more than 100 rows in a section', { sections: [{ name: 'Stalls', rows: rows(101) }] }, ['sections'], 'sections[0].rows'],
    ['more than 200 seats in a row', { sections: [{ name: 'Stalls', rows: [{ label: 'A', seats: 201 }] }] }, ['sections'], 'sections[0].rows[0].seats'],
    [
      'more than 5,000 seats in the venue',
      { sections: Array.from({ length: 26 }, (_, i) => ({ name: `Block ${i}`, rows: rows(10, 20) })) },
      ['sections'],
      'sections',
    ],
  ];

  test.each(cases)('%s is BAD_USER_INPUT naming the field, and nothing is created', async (_, overrides, fields, problemField) => {
    const name = `Invalid ${uniqueToken()}`;
    const result = await tryCreateVenue(organizer, venueInput({ name, ...overrides }));
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.fields).toEqual(fields);
    expect((result.errors![0]!.extensions!.problems as Array<{ field: string }>).map((p) => p.field)).toContain(problemField);
    const { venues } = await gqlOk(`query($search: String) { venues(filter: { search: $search }) { totalCount } }`, { search: name });
    expect(venues.totalCount).toBe(0);
  });

  test('every problem of one input is reported at once', async () => {
    const result = await tryCreateVenue(organizer, { name: '', address: '', city: '', sections: [] });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.fields).toEqual(['name', 'address', 'city', 'sections']);
  });
});
