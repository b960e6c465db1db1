import { writeFile } from 'node:fs/promises';
import { composeSupergraph } from './compose.js';
import { REPO_ROOT } from './services.js';

/** `npm run compose`: regenerates schema/<subgraph>.graphql and schema/supergraph.graphql. */
const { subgraphs, supergraph } = await composeSupergraph();
for (const [name, sdl] of Object.entries(subgraphs)) await writeFile(`${REPO_ROOT}schema/${name}.graphql`, sdl);
await writeFile(`${REPO_ROOT}schema/supergraph.graphql`, supergraph);
console.log(`composed ${Object.keys(subgraphs).join(', ')} into schema/supergraph.graphql`);
