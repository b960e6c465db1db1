import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { composeServices } from '@apollo/composition';
import { parse, type GraphQLSchema } from 'graphql';
import { PORT_OFFSETS, REPO_ROOT, SUBGRAPHS, type SubgraphName } from './services.js';

const run = promisify(execFile);
const DEV_PORT_BASE = 4000;

export interface Composition {
  subgraphs: Record<SubgraphName, string>;
  supergraph: string;
  /** The schema clients see through the gateway (federation machinery removed). */
  apiSchema: GraphQLSchema;
}

export const routingUrl = (name: SubgraphName) => `http://127.0.0.1:${DEV_PORT_BASE + PORT_OFFSETS[name]}/graphql`;

/**
 * Prints each subgraph's SDL from its built code (one process each: type-graphql keeps global
 * metadata, so five schemas cannot be built in one process) and composes them.
 */
export async function composeSupergraph(): Promise<Composition> {
  const printer = new URL('./print-subgraph-sdl.js', import.meta.url).pathname;
  const sdls = await Promise.all(
    SUBGRAPHS.map(async (name) => {
      const { stdout } = await run(process.execPath, [printer, `${REPO_ROOT}subgraphs/${name}/dist/subgraph.js`], {
        maxBuffer: 16 * 1024 * 1024,
        env: { ...process.env, LOG_LEVEL: 'silent' },
      });
      return [name, stdout] as const;
    }),
  );
  const result = composeServices(sdls.map(([name, sdl]) => ({ name, url: routingUrl(name), typeDefs: parse(sdl) })));
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  return {
    subgraphs: Object.fromEntries(sdls) as Record<SubgraphName, string>,
    supergraph: result.supergraphSdl,
    apiSchema: result.schema.toAPISchema().toGraphQLJSSchema(),
  };
}
