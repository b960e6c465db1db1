import { randomUUID } from 'node:crypto';
import { awaitMails, errorCode, eventually, gql, gqlOk, loginAdmin, mailOutage, mailsTo, queryDatabase, registerUser } from '../../../test/support/index.js';

const FAILED = `query { failedNotificationDeliveries(first: 20) { nodes { id recipient status attempts lastError kind channel } } }`;
const deliveriesTo = (email: string) =>
  queryDatabase<{ status: string; attempts: number }>('notifications', `select "status", "attempts" from "notification_delivery" where "recipient" = $1`, [email]);

/**
 * The stack's mail sink refuses the recipients of one made-up domain while it is "down" (421,
 * try later), so only this test's mails meet the outage.
 */
describe('while SMTP is down', () => {
  it('retries with backoff and sends once it is back: nothing lost, nothing doubled', async () => {
    const domain = `outage-${randomUUID().slice(0, 8)}.test`;
    await mailOutage(domain, true);
    try {
      const user = await registerUser('CUSTOMER', undefined, domain);
      await eventually(async () => {
        const [delivery] = await deliveriesTo(user.email);
        expect(delivery).toMatchObject({ status: 'PENDING', attempts: expect.any(Number) });
        expect(delivery!.attempts).toBeGreaterThanOrEqual(2);
      });
      expect(await mailsTo(user.email)).toEqual([]);
      await mailOutage(domain, false);
      await awaitMails(user.email, /^Welcome/);
      await eventually(async () => expect(await deliveriesTo(user.email)).toEqual([{ status: 'SENT', attempts: expect.any(Number) }]));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await mailsTo(user.email)).toHaveLength(1);
    } finally {
      await mailOutage(domain, false);
    }
  });

  it('gives up after the last attempt; admins (only) list the failure', async () => {
    const domain = `gone-${randomUUID().slice(0, 8)}.test`;
    await mailOutage(domain, true);
    try {
      const user = await registerUser('CUSTOMER', undefined, domain);
      const admin = await loginAdmin();
      const failure = await eventually(async () => {
        const nodes = (await gqlOk(FAILED, {}, admin.token)).failedNotificationDeliveries.nodes as Array<{ recipient: string }>;
        const mine = nodes.find((node) => node.recipient === user.email);
        if (!mine) throw new Error('not failed yet');
        return mine;
      }, 20_000);
      expect(failure).toMatchObject({ status: 'FAILED', attempts: 4, kind: 'WELCOME', channel: 'EMAIL', lastError: expect.stringContaining('421') });
      expect(errorCode(await gql(FAILED, {}, user.token))).toBe('FORBIDDEN');
      expect(await queryDatabase('notifications', `select 1 from "notification_delivery" where "recipient" = $1 and "secret" is not null`, [user.email])).toEqual([]);
    } finally {
      await mailOutage(domain, false);
    }
  });
});
