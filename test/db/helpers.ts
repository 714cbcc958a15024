// Each test gets a fresh, separately named database (fake-indexeddb is shared per worker).
import { deleteLibrary, openLibrary, useDatabaseName, type LibraryDb } from '../../lib/db';

let n = 0;
export async function freshLibrary(): Promise<LibraryDb> {
  await deleteLibrary();
  useDatabaseName(`test-library-${Date.now()}-${n++}`);
  return openLibrary();
}

/** Every table's full contents, for before/after comparisons. */
export async function snapshot(db: LibraryDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
