import { Cursor, type EntityMetadata, type OrderDefinition } from '@mikro-orm/core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `after` is a cursor this order could have produced: one value per ordered column,
 * each of the column's type. A client may send anything base64url-encoded; what fails here is
 * BAD_USER_INPUT instead of a driver error halfway through the query.
 */
export function isCursorFor<T extends object>(meta: EntityMetadata<T>, orderBy: OrderDefinition<T>, after: string): boolean {
  let values: unknown;
  try {
    values = Cursor.decode(after);
  } catch {
    return false;
  }
  const definition = Cursor.getDefinition(meta, orderBy);
  if (!Array.isArray(values) || values.length !== definition.length) return false;
  return definition.every(([key], i) => {
    const value = values[i];
    if (value === null) return true;
    const prop = meta.properties[key as keyof typeof meta.properties];
    switch (prop?.runtimeType) {
      case 'Date':
        return (typeof value === 'string' || typeof value === 'number') && Number.isFinite(new Date(value).getTime());
      case 'number':
        return typeof value === 'number' && Number.isFinite(value);
      case 'string':
        return typeof value === 'string' && !value.includes('\u0000') && (!prop.columnTypes?.includes('uuid') || UUID.test(value));
      default:
        return false;
    }
  });
}
