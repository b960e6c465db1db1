import type { GraphQLResponse, TestUser } from '../support/index.js';

/**
 * The authorization matrix: for every operation, what each kind of caller gets. Each domain
 * keeps its rows in `<domain>.rows.ts` (exporting `rows: MatrixRow[]`); the matrix test runs
 * them all through the gateway.
 */
export type Actor = 'anonymous' | 'customer' | 'owner' | 'otherOrganizer' | 'admin';

/** `ok`: no error and a value; `null`: no error but nothing visible (null or empty); else the error code. */
export type Outcome = 'ok' | 'null' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'INVALID_STATE';

/**
 * The people a row is played against, made fresh for the matrix run: `customer` is a
 * CUSTOMER, `owner` an ORGANIZER who owns the row's fixtures (venue, event), `otherOrganizer`
 * an ORGANIZER who owns nothing of them, `admin` the seeded admin.
 */
export interface Actors {
  customer: TestUser;
  owner: TestUser;
  otherOrganizer: TestUser;
  admin: TestUser;
}

export interface MatrixRow {
  /** e.g. `Mutation.createVenue` or `Booking.payment`. */
  operation: string;
  /**
   * Runs the operation as `caller` (undefined: anonymous). It creates whatever fixtures it needs
   * itself (as `actors.owner` / `actors.customer`), so every call starts from a fresh state.
   */
  run(caller: TestUser | undefined, actors: Actors): Promise<GraphQLResponse<any>>;
  expected: Record<Actor, Outcome>;
  /** Picks the value that `ok`/`null` judge; default: the first root field of `data`. */
  select?(data: any): unknown;
  /**
   * The case changes the shared actors themselves (e.g. signs the caller's other sessions out):
   * it is played after every other case, one at a time.
   */
  alone?: boolean;
}
