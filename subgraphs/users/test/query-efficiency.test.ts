import { gqlOk, leastStatements, loginAdmin, registerUser, type TestUser } from '../../../test/support/index.js';

const USERS = `query($first: Int) { users(first: $first) { nodes { id linkedProviders } } }`;

let admin: TestUser;

/** SQL statements users runs for a page of `first` accounts with their linked providers. */
const statementsFor = (first: number) =>
  leastStatements(['users'], async (headers) => {
    const { users } = await gqlOk(USERS, { first }, admin.token, headers);
    if (users.nodes.length !== first) throw new Error(`expected ${first} users, got ${users.nodes.length}`);
  });

beforeAll(async () => {
  admin = await loginAdmin();
  await Promise.all(Array.from({ length: 20 }, () => registerUser()));
});

it('reads the linked providers of a page of users in one query, however many users the page holds', async () => {
  const few = await statementsFor(2);
  const many = await statementsFor(20);
  expect(many).toEqual(few);
});
