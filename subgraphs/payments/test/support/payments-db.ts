import pg from 'pg';
import { stackUrls } from '../../../../test/support/stack-env.js';

/** Runs one query on the payments subgraph's test database, to check what was really stored. */
export async function queryPaymentsDb<Row extends object>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const url = new URL(stackUrls().databaseUrl);
  url.pathname = `/${process.env.BOXOFFICE_TEST_DATABASE_PREFIX}_payments`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** The payment rows of a booking and the payment events recorded for them. */
export async function storedPaymentsOf(bookingId: string) {
  const payments = await queryPaymentsDb<{ id: string; status: string; refunded_cents: number }>(
    `select id, status, refunded_cents from payment where booking_id = $1 order by created_at`,
    [bookingId],
  );
  const events = await queryPaymentsDb<{ type: string }>(
    `select type from outbox_message where topic = 'payments.payment' and payload->>'bookingId' = $1 order by position`,
    [bookingId],
  );
  return { payments, eventTypes: events.map((event) => event.type) };
}
