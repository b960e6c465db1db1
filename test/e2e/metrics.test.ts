import { eventOnSale, gql, metricSample, paidBooking, registerUser, stackUrls, type EventFixture, type TestUser } from '../support/index.js';

describe('Prometheus metrics (prom-client) on the gateway and the subgraphs', () => {
  const { gateway, subgraphs } = stackUrls();
  const gatewayOrigin = new URL(gateway).origin;
  let organizer: TestUser;
  let customer: TestUser;
  let event: EventFixture;

  beforeAll(async () => {
    [organizer, customer] = await Promise.all([registerUser('ORGANIZER'), registerUser('CUSTOMER')]);
    event = await eventOnSale(organizer);
    await paidBooking(customer, event);
  });

  it('the gateway counts, times and tells apart the errors of each operation by name, and times each subgraph fetch', async () => {
    await gql('query MetricsProbe($id: ID!) { event(id: $id) { id title } }', { id: event.id });
    await gql('query MetricsProbeFails { myBookings { totalCount } }');
    expect(await metricSample(gatewayOrigin, 'gateway_operation_duration_seconds_count', 'operation="MetricsProbe"')).toBeGreaterThanOrEqual(1);
    expect(await metricSample(gatewayOrigin, 'gateway_operation_errors_total', 'operation="MetricsProbeFails",code="UNAUTHENTICATED"')).toBeGreaterThanOrEqual(1);
    expect(await metricSample(gatewayOrigin, 'gateway_subgraph_fetch_duration_seconds_count', 'subgraph="events",outcome="ok"')).toBeGreaterThanOrEqual(1);
    for (const name of ['subscription_sockets', 'subscription_groups', 'subscription_frames_sent_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds']) {
      expect(await metricSample(gatewayOrigin, name)).toBeGreaterThanOrEqual(0);
    }
  });

  it('a subgraph times its resolver classes and shows its outbox, database pool and SQL statements', async () => {
    expect(await metricSample(subgraphs.payments, 'graphql_resolver_duration_seconds_count', 'resolver="PaymentResolver"')).toBeGreaterThanOrEqual(1);
    expect(await metricSample(subgraphs.payments, 'sql_statements_total', 'source="request"')).toBeGreaterThan(0);
    for (const name of ['outbox_backlog_rows', 'outbox_oldest_unpublished_age_seconds', 'db_pool_connections_in_use', 'db_pool_waiting_requests']) {
      expect(await metricSample(subgraphs.payments, name)).toBeGreaterThanOrEqual(0);
    }
  });

  it('a consumer shows its lag and handling time per topic', async () => {
    expect(await metricSample(subgraphs.bookings, 'kafka_message_handling_seconds_count', 'topic="payments.payment",outcome="ok"')).toBeGreaterThanOrEqual(1);
    expect(await metricSample(subgraphs.bookings, 'kafka_consumer_lag_messages', 'topic="payments.payment"')).toBeGreaterThanOrEqual(0);
  });
});
