import { printSubgraphSchema } from '@apollo/subgraph';
import type { SubgraphDefinition } from '@boxoffice/platform';

/** Child process of `composeSupergraph`: prints the SDL of the subgraph module given as argument. */
const module = (await import(process.argv[2]!)) as Record<string, unknown>;
const definition = Object.values(module).find(
  (value): value is SubgraphDefinition => typeof (value as SubgraphDefinition | undefined)?.buildSchema === 'function',
);
if (!definition) throw new Error(`${process.argv[2]} exports no subgraph definition`);
process.stdout.write(`${printSubgraphSchema(await definition.buildSchema()).trim()}\n`);
