import { readFileSync } from 'node:fs';
import { ROUTER_SUPPORTED_SUPERGRAPH_FEATURES, Supergraph } from '@apollo/federation-internals';

/** GraphQL Code Generator loader: the API schema (what the gateway serves) of a supergraph file. */
export default function loadApiSchema(path) {
  const supergraph = Supergraph.build(readFileSync(path, 'utf8'), { supportedFeatures: ROUTER_SUPPORTED_SUPERGRAPH_FEATURES });
  return supergraph.apiSchema().toGraphQLJSSchema();
}
