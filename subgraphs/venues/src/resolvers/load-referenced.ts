import type DataLoader from 'dataloader';

/** Loads a row that a foreign key guarantees exists (a section's venue, a seat's section). */
export async function loadReferenced<T>(loader: DataLoader<string, T | null>, id: string, what: string): Promise<T> {
  const row = await loader.load(id);
  if (!row) throw new Error(`${what} ${id} is missing although a foreign key references it`);
  return row;
}
