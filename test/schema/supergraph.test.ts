import { readFileSync } from 'node:fs';
import { composeSupergraph, REPO_ROOT, routingUrl, SUBGRAPHS, type Composition } from '@boxoffice/devstack';
import { parse } from 'yaml';

let composition: Composition;
beforeAll(async () => {
  composition = await composeSupergraph();
}, 120_000);

const checkedIn = (file: string) => readFileSync(`${REPO_ROOT}${file}`, 'utf8');

describe('the checked-in schema', () => {
  it.each(SUBGRAPHS)('schema/%s.graphql is what the code builds (run `npm run compose` if not)', (name) => {
    expect(checkedIn(`schema/${name}.graphql`)).toBe(composition.subgraphs[name]);
  });

  it('schema/supergraph.graphql is the composition of the subgraphs', () => {
    expect(checkedIn('schema/supergraph.graphql')).toBe(composition.supergraph);
  });

  it('rover.yaml lists every subgraph with its routing URL and schema file, for federation 2', () => {
    const config = parse(checkedIn('rover.yaml'));
    expect(String(config.federation_version)).toMatch(/^=?2/);
    expect(Object.keys(config.subgraphs).sort()).toEqual([...SUBGRAPHS].sort());
    for (const name of SUBGRAPHS) {
      expect(config.subgraphs[name]).toEqual({ routing_url: routingUrl(name), schema: { file: `./schema/${name}.graphql` } });
    }
  });
});
