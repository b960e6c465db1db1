import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { withActiveTraceContext } from '@boxoffice/platform';
import { CATALOG_SUBGRAPHS, type CatalogCache } from '../cache/catalog-cache.js';
import { subgraphFetchRetries, subgraphFetchSeconds } from './fetch-metrics.js';
import { InFlightMerger } from './in-flight-merger.js';
import type { PooledHttpClient, SubgraphAnswer } from './pooled-http-client.js';
import { subgraphUnavailable } from './subgraph-unavailable.js';

/**
 * Whether a subgraph request body is a query. RemoteGraphQLDataSource serialises
 * `{ query, ...rest }`, so the operation text comes first; anything else (mutations, or a body
 * shaped differently) is treated as not mergeable.
 */
const QUERY_BODY = /^\{"query":"(query\b|\{)/;

/** The only forwarded header that changes a query's answer (correlation ids and client addresses do not). */
const AUTHORIZATION = 'authorization';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

export interface SubgraphFetcherOptions {
  subgraph: string;
  http: PooledHttpClient;
  catalogCache?: CatalogCache;
}

/**
 * The fetcher of one subgraph's data source: queries with the same URL, body and token that are
 * in flight together share one subgraph request, and anonymous catalog queries are answered from
 * the catalog cache. Mutations always go out on their own. A subgraph that cannot be reached is
 * reported as SUBGRAPH_UNAVAILABLE naming it; a query whose connection failed is sent once more
 * first (a pooled socket may die with its server), a mutation never is, as it may have arrived.
 */
export function createSubgraphFetcher({ subgraph, http, catalogCache }: SubgraphFetcherOptions): Fetcher {
  const merger = new InFlightMerger<SubgraphAnswer>();
  const cache = catalogCache && CATALOG_SUBGRAPHS.has(subgraph) ? catalogCache : undefined;
  const timedPost = async (url: string, headers: Record<string, string>, body: string): Promise<SubgraphAnswer> => {
    const done = subgraphFetchSeconds.startTimer({ subgraph });
    try {
      const answer = await http.post(url, withActiveTraceContext(headers), body);
      done({ outcome: answer.status >= 400 ? 'error' : 'ok' });
      return answer;
    } catch (err) {
      done({ outcome: 'unavailable' });
      throw err;
    }
  };
  const post = async (url: string, headers: Record<string, string>, body: string, retry: boolean): Promise<SubgraphAnswer> => {
    try {
      return await timedPost(url, headers, body);
    } catch (first) {
      if (!retry) throw subgraphUnavailable(subgraph, first);
      subgraphFetchRetries.inc({ subgraph });
      return timedPost(url, headers, body).catch((second: unknown) => {
        throw subgraphUnavailable(subgraph, second);
      });
    }
  };

  return async (url, init = {}) => {
    const headers = init.headers ?? {};
    const body = typeof init.body === 'string' ? init.body : (init.body?.toString() ?? '');
    if (!QUERY_BODY.test(body)) return toResponse(await post(url, headers, body, false));

    const authorization = headers[AUTHORIZATION] ?? '';
    const key = `${url}\n${authorization}\n${body}`;
    const catalog = cache && !authorization ? cache : undefined;
    const cached = catalog?.get(key);
    if (cached) return toResponse(cached);
    // A request arriving after a catalog fact must not join a fetch that started before it.
    const mergeKey = catalog ? `${catalog.snapshot() ?? 'closed'}\n${key}` : key;
    const answer = await merger.run(mergeKey, async () => {
      const snapshot = catalog?.snapshot();
      const fetched = await post(url, headers, body, true);
      if (catalog && fetched.status === 200 && !fetched.body.includes('"errors"')) catalog.store(key, fetched, snapshot);
      return fetched;
    });
    return toResponse(answer);
  };
}

/** Each request gets a Response of its own over the shared text. */
function toResponse(answer: SubgraphAnswer) {
  return new Response(answer.body, { status: answer.status, headers: answer.contentType ? { 'content-type': answer.contentType } : {} });
}
