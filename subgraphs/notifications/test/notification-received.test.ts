import { errorCode, gqlOk, registerUser, subscribe, wsClient } from '../../../test/support/index.js';

const RECEIVED = `subscription { notificationReceived { id kind title read } }`;

describe('notificationReceived', () => {
  it("pushes the subscriber's own new notifications, never anyone else's", async () => {
    const [user, other] = await Promise.all([registerUser(), registerUser()]);
    const client = wsClient(user.token);
    const otherClient = wsClient(other.token);
    const pushes = subscribe(client, RECEIVED);
    const otherPushes = subscribe(otherClient, RECEIVED);
    try {
      // graphql-ws does not say when a subscription is live: a notice made before then is its
      // starting point, not a push. New notices are made until one is pushed (at most three).
      let pushed: any;
      for (let attempt = 0; attempt < 3 && !pushed; attempt++) {
        await gqlOk(`mutation { requestEmailVerification }`, {}, user.token);
        pushed = await pushes.nextMatching((result) => result.data?.notificationReceived?.kind === 'EMAIL_VERIFICATION', 8_000).catch(() => undefined);
      }
      expect(pushed?.data?.notificationReceived).toMatchObject({ title: 'Verify your email address', read: false });
      const { myNotifications } = await gqlOk(`query { myNotifications(first: 1) { nodes { id } } }`, {}, user.token);
      expect(pushed.data.notificationReceived.id).toBe(myNotifications.nodes[0].id);
      // The other subscriber may still be pushed its own welcome notice; never one of the user's.
      const pushedToOther: string[] = [];
      for (;;) {
        const result = await otherPushes.next(1_500).catch(() => undefined);
        if (!result) break;
        pushedToOther.push(result.data.notificationReceived.id);
      }
      const idsOf = async (token: string) =>
        (await gqlOk(`query { myNotifications(first: 50) { nodes { id } } }`, {}, token)).myNotifications.nodes.map((node: { id: string }) => node.id);
      const [usersIds, othersIds] = await Promise.all([idsOf(user.token), idsOf(other.token)]);
      for (const id of pushedToOther) {
        expect(othersIds).toContain(id);
        expect(usersIds).not.toContain(id);
      }
    } finally {
      pushes.close();
      otherPushes.close();
      await Promise.all([client.dispose(), otherClient.dispose()]);
    }
  });

  it('is refused to anonymous callers', async () => {
    const client = wsClient();
    const pushes = subscribe(client, RECEIVED);
    try {
      expect(errorCode(await pushes.next(5_000))).toBe('UNAUTHENTICATED');
    } finally {
      pushes.close();
      await client.dispose();
    }
  });
});
