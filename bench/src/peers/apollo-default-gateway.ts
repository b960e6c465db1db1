import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

/**
 * The peer of record: @apollo/gateway and @apollo/server exactly as their docs start them, with
 * no configuration beyond the supergraph file (SUPERGRAPH_PATH) and the port (PORT).
 */
const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH!, 'utf8') }) });
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT), host: '127.0.0.1' } });
console.log(`default @apollo/gateway at ${url}`);
