const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id is a UUID: anything else names nothing, and must never reach a uuid column. */
export const isUuid = (value: string): boolean => UUID.test(value);
