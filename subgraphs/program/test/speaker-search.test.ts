import { randomUUID } from 'node:crypto';
import { createSpeaker, gqlOk, registerUser } from '../../../test/support/index.js';

const SPEAKERS = `query($search: String, $first: Int, $after: String) {
  speakers(search: $search, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { name company } }
}`;

const speakers = async (search: string, first: number, after?: string) => (await gqlOk(SPEAKERS, { search, first, after })).speakers;

it('finds speakers by company or name, case-insensitively, and pages them by name with `after`', async () => {
  const organizer = await registerUser('ORGANIZER');
  const tag = randomUUID().slice(0, 8);
  const company = `Initech ${tag}`;
  // Created out of order: the pages follow the names.
  for (const name of ['Cleo Cole', 'Abel Arden', 'Bea Brook']) await createSpeaker(organizer, { name, company });
  await createSpeaker(organizer, { name: `Dara ${tag}`, company: 'Elsewhere' });
  await createSpeaker(organizer, { name: 'Abel Arden', company: 'Initech' });

  const first = await speakers(tag.toUpperCase(), 2);
  expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
  expect(first.nodes).toEqual([
    { name: 'Abel Arden', company },
    { name: 'Bea Brook', company },
  ]);
  const second = await speakers(tag.toUpperCase(), 2, first.pageInfo.endCursor);
  expect(second).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false } });
  expect(second.nodes).toEqual([
    { name: 'Cleo Cole', company },
    { name: `Dara ${tag}`, company: 'Elsewhere' },
  ]);

  const byCompany = await speakers(company, 10);
  expect(byCompany.nodes.map((speaker: { name: string }) => speaker.name)).toEqual(['Abel Arden', 'Bea Brook', 'Cleo Cole']);
});
