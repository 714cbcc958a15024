// One shared connection per extension page. Opening also merges shipped defaults once per
// defaults version, so every caller sees a seeded library.
import { LibraryDb, DB_NAME, SCHEMA_VERSION } from './schema';
import { guarded, reportStorageError, StorageError } from './errors';
import { mergeDefaults } from './defaults';
import { deleteAutoBackup } from './auto-backup';
import { checkLibrary, forgetLoss, markLibrary, requestPersistenceOnce } from './library-health';
import Dexie from 'dexie';
import type { DefaultSet } from '../library/types';

let current: LibraryDb | null = null;
let ready: Promise<LibraryDb> | null = null;
let currentName = DB_NAME;
let seedDefaults = true;

function create(name: string, defaults: DefaultSet): LibraryDb {
  const db = new LibraryDb(name, defaults);
  db.on('blocked', () => {
    reportStorageError(new StorageError('blocked'));
  });
  // Another tab upgrades or deletes the database: close here so it can proceed, and tell the user.
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    db.close();
    if (current === db) {
      current = null;
      ready = null;
    }
    reportStorageError(new StorageError(event.newVersion === null ? 'deleted' : 'closed'));
    return false;
  });
  return db;
}

/** The opened, seeded library. Safe to call from many places: opens once. */
export function openLibrary(): Promise<LibraryDb> {
  if (ready) return ready;
  const name = currentName;
  const seed = seedDefaults;
  let db: LibraryDb | null = null;
  const opening: Promise<LibraryDb> = guarded(async () => {
    // The default library is large: it is loaded here, not with the panel's first bundle.
    const { SHIPPED_DEFAULTS } = await import('../library');
    const opened = create(name, SHIPPED_DEFAULTS);
    db = opened;
    if (ready === opening) current = opened;
    await opened.open();
    // Dexie 4 opens a newer database without complaint; its schema is not ours to write to.
    if (opened.backendDB().version / 10 > SCHEMA_VERSION) {
      opened.close();
      throw new StorageError('version');
    }
    // An emptied library is not seeded: defaults written over it would hide the loss.
    if (await checkLibrary(opened, name)) {
      if (seed) await mergeDefaults(opened, SHIPPED_DEFAULTS);
      await markLibrary(opened, name);
      void requestPersistenceOnce(opened).catch(() => {});
    }
    return opened;
  }).catch((err) => {
    if (ready === opening) {
      if (current === db) current = null;
      ready = null;
    }
    throw err;
  });
  ready = opening;
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
  forgetLoss();
  currentName = name;
  seedDefaults = options.seed ?? true;
}

/** The name of the library database in use. */
export function libraryName(): string {
  return currentName;
}

/** Tests: close and delete the current database and its automatic backup. */
export async function deleteLibrary(): Promise<void> {
  closeLibrary();
  await Dexie.delete(currentName);
  await deleteAutoBackup(currentName);
}
