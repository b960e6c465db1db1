import type { EntityManager } from '@mikro-orm/postgresql';
import { childrenByKey } from '../../src/graphql/loaders.js';

interface Ticket {
  id: string;
  bookingId: string;
}

/** An entity manager that only answers `find`, from `rows`, and notes what it was asked. */
function entityManager(rows: Ticket[]) {
  const asked: unknown[][] = [];
  const em = {
    find: async (...args: unknown[]) => {
      asked.push(args);
      return rows;
    },
  } as unknown as EntityManager;
  return { em, asked };
}

describe('children by their parent key', () => {
  it('loads the children of every parent asked for at once in one query, grouped by parent, none for a parent without', async () => {
    const rows = [
      { id: 't1', bookingId: 'b1' },
      { id: 't2', bookingId: 'b2' },
      { id: 't3', bookingId: 'b1' },
    ];
    const { em, asked } = entityManager(rows);
    const loader = childrenByKey<Ticket, 'bookingId'>(em, 'Ticket', 'bookingId', { where: { id: { $ne: 'void' } }, orderBy: { id: 'asc' } });
    const [first, second, none] = await Promise.all([loader.load('b1'), loader.load('b2'), loader.load('b3')]);
    expect([first, second, none]).toEqual([[rows[0], rows[2]], [rows[1]], []]);
    expect(asked).toEqual([['Ticket', { id: { $ne: 'void' }, bookingId: { $in: ['b1', 'b2', 'b3'] } }, { orderBy: { id: 'asc' } }]]);
  });
});
