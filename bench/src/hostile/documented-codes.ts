import { CONTRACT_ERROR_CODES, PROTOCOL_CODES } from '@boxoffice/platform';

/**
 * Every `extensions.code` a client may receive: the contract's (schema/contract.graphql), the
 * protocol's that the error formatter lets through, and the HTTP-level refusals README "Security" lists.
 */
export const DOCUMENTED_CODES: ReadonlySet<string> = new Set([...CONTRACT_ERROR_CODES, ...PROTOCOL_CODES, 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE']);

/** graphql-ws close codes: bad message, no init or bad token, forbidden, duplicate id, repeated init, too big. */
export const DOCUMENTED_CLOSE_CODES: ReadonlySet<number> = new Set([1000, 1009, 4400, 4401, 4403, 4409, 4429]);
