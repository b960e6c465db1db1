import { Cursor, CursorError, DriverException, type EntityMetadata, type EntityName, type FilterQuery, type OrderDefinition } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from '../errors/domain-error.js';
import { isUuid } from './ids.js';
import { PageInfo } from './page-info.js';

export const MAX_PAGE_SIZE = 100;

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  /** A promise when counted lazily: GraphQL awaits it only if `totalCount` was selected. */
  totalCount: number | Promise<number>;
}

/** The contract's `XConnection { nodes pageInfo totalCount }` shape for one node type. */
export function ConnectionType<T extends object>(Node: ClassType<T>) {
  // Never emitted itself (type-graphql emits only reachable types); concrete connections extend it.
  @ObjectType()
  abstract class Connection implements Page<T> {
    @Field(() => [Node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return Connection;
}

/** The contract's `(first: Int = 20, after: String)` pagination arguments. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20 })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** The page size `first` asks for (default 20); outside 0..MAX_PAGE_SIZE it is BAD_USER_INPUT. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badUserInput([{ field: 'first', message: `must be between 0 and ${MAX_PAGE_SIZE}` }]);
  }
  return size;
}

/** SQLSTATE class 22, "data exception": a cursor value Postgres cannot read as its column's type. */
const DATA_EXCEPTION_CLASS = '22';

const badCursor = () => badUserInput([{ field: 'after', message: 'is not a valid cursor' }]);

/**
 * One page by keyset cursor (MikroORM's `findByCursor`): `orderBy` must end in a unique
 * column (id) so the order is total. Bad `first`/`after` are BAD_USER_INPUT: `after` must
 * decode to one value per order key, the last an id, and Postgres must accept its values.
 * The total is counted only when a client reads `totalCount` (most list queries do not).
 */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: OrderDefinition<T>,
  { first, after }: PageArgs,
): Promise<Page<T>> {
  const size = pageSize(first);
  if (after) assertCursorShape(after, em.getMetadata(entity), orderBy);
  try {
    const cursor = await em.findByCursor(entity, {
      where,
      orderBy,
      first: size,
      after: after ?? undefined,
      includeCount: false,
    } as never);
    let total: Promise<number> | undefined;
    return {
      nodes: cursor.items as T[],
      pageInfo: { hasNextPage: cursor.hasNextPage, endCursor: cursor.endCursor },
      get totalCount() {
        total ??= em.count(entity, where as never);
        return total;
      },
    };
  } catch (error) {
    if (after && (error instanceof CursorError || isDataException(error))) throw badCursor();
    throw error;
  }
}

/** `after` is BAD_USER_INPUT unless it fits the keys of `orderBy` on `meta` (see isCursorShaped). */
function assertCursorShape<T extends object>(after: string, meta: EntityMetadata<T>, orderBy: OrderDefinition<T>): void {
  const keyTypes = Cursor.getDefinition(meta, orderBy).map(([key]) => meta.props.find((prop) => prop.name === key)?.runtimeType);
  if (!isCursorShaped(after, keyTypes)) throw badCursor();
}

/**
 * Whether `after` decodes to one value per order key, each null or of its key's runtime type
 * (`Date` keys as ISO strings; other types unchecked), the last a UUID: a cursor this API could
 * have issued for an order whose keys have `keyTypes`.
 */
export function isCursorShaped(after: string, keyTypes: ReadonlyArray<string | undefined>): boolean {
  let values: unknown;
  try {
    values = Cursor.decode(after);
  } catch {
    return false;
  }
  if (!Array.isArray(values) || values.length !== keyTypes.length) return false;
  const last = values.at(-1);
  return keyTypes.every((type, index) => fitsType(type, values[index])) && typeof last === 'string' && isUuid(last);
}

function fitsType(runtimeType: string | undefined, value: unknown): boolean {
  if (value === null) return true;
  if (runtimeType === 'Date') return typeof value === 'string' && !Number.isNaN(Date.parse(value));
  if (runtimeType === 'number' || runtimeType === 'string' || runtimeType === 'boolean') return typeof value === runtimeType;
  return true;
}

function isDataException(error: unknown): boolean {
  return error instanceof DriverException && (error.code ?? error.sqlState ?? '').startsWith(DATA_EXCEPTION_CLASS);
}
