import { buildSchema, getOperationAST, parse, print } from 'graphql';
import { planSubscription } from '../../src/subscriptions/plan-subscription.js';

const schema = buildSchema(`
  type SeatAvailability { version: Int! available: Int! }
  type Booking { id: ID! status: String! }
  type Query { seatAvailability(eventId: ID!): SeatAvailability! booking(id: ID!): Booking }
  type Subscription { seatAvailabilityChanged(eventId: ID!): SeatAvailability! bookingUpdated(id: ID!): Booking! }
`);

const plan = (source: string, variables: Record<string, unknown> = {}) => {
  const document = parse(source);
  return planSubscription(schema, document, getOperationAST(document)!, variables);
};

describe('planning a subscription as a query', () => {
  it('rewrites the root field into its query field, keeping the selection under the subscribed name', () => {
    const planned = plan('subscription($id: ID!) { seatAvailabilityChanged(eventId: $id) { version available } }', { id: 'e1' });
    expect(print(planned.query)).toBe(print(parse('query($id: ID!) { seatAvailabilityChanged: seatAvailability(eventId: $id) { version available } }')));
    expect(planned.args).toEqual({ eventId: 'e1' });
    expect(planned.channel).toBe('boxoffice:availability:e1');
    expect(planned.responseKey).toBe('seatAvailabilityChanged');
  });

  it('keeps a client alias as the response key and takes literal arguments', () => {
    const planned = plan('subscription { mine: bookingUpdated(id: "b7") { status } }');
    expect(print(planned.query)).toContain('mine: booking(id: "b7")');
    expect(planned.responseKey).toBe('mine');
    expect(planned.channel).toBe('boxoffice:booking:b7');
  });

  it('refuses more than one root field', () => {
    expect(() => plan('subscription { a: bookingUpdated(id: "1") { id } b: bookingUpdated(id: "2") { id } }')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });
});
