/** The largest HTTP body or websocket message the gateway reads (after decompression). */
export const MAX_REQUEST_BYTES = 1024 * 1024;
