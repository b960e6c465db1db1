import { eventOnSale, registerUser, seatedSection, type EventFixture, type TestUser } from '../../support/index.js';

export interface BusyEvent {
  organizer: TestUser;
  customers: TestUser[];
  /** On sale with 200 seats: a scenario whose every hold takes fresh seats (nextSeats) outlasts its fault. */
  event: EventFixture;
}

/** An organizer's event on sale and `customerCount` customers, for a fault scenario's traffic. */
export async function busyEvent(customerCount: number): Promise<BusyEvent> {
  const organizer = await registerUser('ORGANIZER');
  const customers = await Promise.all(Array.from({ length: customerCount }, () => registerUser('CUSTOMER')));
  const event = await eventOnSale(organizer, { sections: [seatedSection('Floor', ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'], 20)] });
  return { organizer, customers, event };
}
