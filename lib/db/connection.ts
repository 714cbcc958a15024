// One shared connection per extension page. Opening also merges shipped defaults once per
// defaults version, so every caller sees a seeded library.
import { LibraryDb, DB_NAME, SCHEMA_VERSION } from './schema';
import { guarded, reportStorageError, StorageError } from './errors';
import { mergeDefaults } from './defaults';
import { SHIPPED_DEFAULTS } from '../library';

let current: LibraryDb | null = null;
let ready: Promise<LibraryDb> | null = null;
let currentName = DB_NAME;
let seedDefaults = true;

function create(name: string): LibraryDb {
  const db = new LibraryDb(name);
  db.on('blocked', () => {
    reportStorageError(new StorageError('blocked'));
  });
  // Another tab upgrades the database: close here so its upgrade can proceed, and tell the user.
  db.on('versionchange', () => {
    db.close();
    if (current === db) {
      current = null;
      ready = null;
    }
    reportStorageError(new StorageError('closed'));
    return false;
  });
  return db;
}

/** The opened, seeded library. Safe to call from many places: opens once. */
export function openLibrary(): Promise<LibraryDb> {
  if (ready) return ready;
  const db = create(currentName);
  current = db;
  ready = guarded(async () => {
    await db.open();
    // Dexie 4 opens a newer database without complaint; its schema is not ours to write to.
    if (db.backendDB().version / 10 > SCHEMA_VERSION) {
      db.close();
      throw new StorageError('version');
    }
    if (seedDefaults) await mergeDefaults(db, SHIPPED_DEFAULTS);
    return db;
  }).catch((err) => {
    if (current === db) {
      current = null;
      ready = null;
    }
    throw err;
  });
  return ready;
}

export function closeLibrary(): void {
  current?.close();
  current = null;
  ready = null;
}

/**
 * Tests and tools: switch to another database name (closes the current connection).
 * `seed: false` leaves a new library empty instead of installing the shipped defaults.
 */
export function useDatabaseName(name: string, options: { seed?: boolean } = {}): void {
  closeLibrary();
  currentName = name;
  seedDefaults = options.seed ?? true;
}

/** Tests: close and delete the current database. */
export async function deleteLibrary(): Promise<void> {
  closeLibrary();
  await new LibraryDb(currentName).delete();
}
