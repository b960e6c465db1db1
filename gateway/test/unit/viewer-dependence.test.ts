import { readFileSync } from 'node:fs';
import { ROUTER_SUPPORTED_SUPERGRAPH_FEATURES, Supergraph } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { dependsOnViewer, servableSupergraph, viewerRulesOf } from '../../src/subscriptions/viewer-dependence.js';

const sdl = readFileSync(new URL('../../../schema/supergraph.graphql', import.meta.url), 'utf8');
const schema = Supergraph.build(sdl, { supportedFeatures: ROUTER_SUPPORTED_SUPERGRAPH_FEATURES }).apiSchema().toGraphQLJSSchema();
const rules = viewerRulesOf(sdl);
const depends = (query: string) => dependsOnViewer(schema, parse(query), rules);

describe('viewer dependence, read from the supergraph', () => {
  it('knows the fields and types the subgraphs mark as per viewer', () => {
    expect([...rules.fields]).toEqual(expect.arrayContaining(['Event.bookings', 'User.email', 'User.bookings']));
    expect([...rules.types]).toEqual(expect.arrayContaining(['Booking', 'Payment']));
  });

  it('finds a public selection public, across subgraphs', () => {
    expect(depends(`subscription($id: ID!) { seatAvailabilityChanged(eventId: $id) { version available event { title venue { name } organizer { name } } } }`)).toBe(false);
  });

  it('finds a selection touching a marked field or type viewer-dependent, also through fragments', () => {
    expect(depends(`subscription($id: ID!) { seatAvailabilityChanged(eventId: $id) { event { bookings { totalCount } } } }`)).toBe(true);
    expect(depends(`subscription($id: ID!) { seatAvailabilityChanged(eventId: $id) { event { organizer { ...E } } } } fragment E on User { email }`)).toBe(true);
    expect(depends(`subscription($id: ID!) { bookingUpdated(id: $id) { status } }`)).toBe(true);
  });

  it('hands the gateway a supergraph without the access specs marked for SECURITY', () => {
    expect(sdl).toMatch(/authenticated\/v0\.1", for: SECURITY/);
    expect(servableSupergraph(sdl)).not.toMatch(/for: SECURITY/);
    expect(() => Supergraph.build(servableSupergraph(sdl))).not.toThrow();
  });
});
