import type { EntityName, FilterQuery, OrderDefinition } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

/**
 * Batches loads of one entity by primary key: N lookups in a request cost one
 * `where id in (...)` query. Missing ids resolve to null.
 */
export function byIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityName<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Batches one-to-many loads: all children of N parents in one query, grouped by parent id. */
export function childrenLoader<T extends object>(
  load: (parentIds: readonly string[]) => Promise<T[]>,
  parentIdOf: (child: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader(async (parentIds) => {
    const rows = await load(parentIds);
    const grouped = new Map<string, T[]>();
    for (const row of rows) {
      const key = parentIdOf(row);
      const siblings = grouped.get(key);
      if (siblings) siblings.push(row);
      else grouped.set(key, [row]);
    }
    return parentIds.map((id) => grouped.get(id) ?? []);
  });
}

/**
 * The children of N parents by the column `key` that holds their parent's id (a venue's sections
 * by `venueId`), in one query ordered by `orderBy` and narrowed by `where`, grouped by parent.
 */
export function childrenByKey<T extends object, K extends keyof T & string>(
  em: EntityManager,
  entity: EntityName<T>,
  key: K,
  { orderBy, where }: { orderBy?: OrderDefinition<T>; where?: FilterQuery<T> } = {},
): DataLoader<string, T[]> {
  return childrenLoader(
    (parentIds) => em.find(entity, { ...(where as object), [key]: { $in: [...parentIds] } } as never, { orderBy }),
    (child) => String(child[key]),
  );
}

/** Loads a row that a foreign key guarantees exists (e.g. a section's venue); its absence is a bug. */
export async function loadReferenced<T>(loader: DataLoader<string, T | null>, id: string, what: string): Promise<T> {
  const row = await loader.load(id);
  if (!row) throw new Error(`${what} ${id} is missing although a foreign key references it`);
  return row;
}
