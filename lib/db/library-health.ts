// Knowing when the library was lost. A marker row is written when a library is first set up;
// a library without it while an automatic backup exists was emptied (by the browser clearing a
// full disk, or the database being deleted). Then nothing is seeded over it and every write is
// refused until the user restores the backup or starts afresh. While the library is healthy,
// its contents are copied to the automatic backup after changes.
import { readAutoBackup, writeAutoBackup, type AutoBackup } from './auto-backup';
import { exportLibrary } from './backup-snapshot';
import { readTombstones } from './defaults';
import { StorageError } from './errors';
import { META_DEFAULTS_VERSION, type LibraryDb } from './schema';

/** Meta key: the id of this library, written once when it is set up. */
export const META_MARKER = 'libraryMarker';
/** Meta key: navigator.storage.persist() was asked for once. */
export const META_PERSIST_ASKED = 'persistRequested';

/** How long after a change the automatic backup is taken (changes in between are taken together). */
export const AUTO_BACKUP_DELAY_MS = 1_000;

export interface LibraryLoss {
  /** The automatic backup that can be restored, summarised. */
  backup: { savedAt: number; phrases: number; templates: number };
}

let loss: LibraryLoss | null = null;
let restoring = false;
const listeners = new Set<(loss: LibraryLoss | null) => void>();

export function currentLoss(): LibraryLoss | null {
  return loss;
}

/** Calls `listener` now and whenever the library is found lost or is recovered. */
export function observeLibraryLoss(listener: (loss: LibraryLoss | null) => void): () => void {
  listeners.add(listener);
  listener(loss);
  return () => listeners.delete(listener);
}

/** Tests and tools: forget a loss found in another database. */
export function forgetLoss(): void {
  if (loss) setLoss(null);
}

function setLoss(next: LibraryLoss | null): void {
  loss = next;
  for (const listener of listeners) listener(next);
}

async function readMarker(db: LibraryDb): Promise<string | undefined> {
  const row = await db.meta.get(META_MARKER);
  return typeof row?.value === 'string' ? row.value : undefined;
}

function newMarker(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Checks an opened library. Returns true when it is healthy (seeding and backups may go on);
 * false when it was emptied: the loss is published and writes through `db` are refused.
 */
export async function checkLibrary(db: LibraryDb, name: string): Promise<boolean> {
  guardWrites(db);
  const marker = await readMarker(db);
  if (marker) return true;
  const backup = await readAutoBackup(name).catch(() => undefined);
  if (!backup || (backup.file.phrases.length === 0 && backup.file.templates.length === 0)) return true;
  setLoss({ backup: { savedAt: backup.savedAt, phrases: backup.file.phrases.length, templates: backup.file.templates.length } });
  return false;
}

const watched = new WeakSet<LibraryDb>();

/** Marks a healthy library as set up (idempotent) and starts its automatic backups. */
export async function markLibrary(db: LibraryDb, name: string): Promise<void> {
  if (!(await readMarker(db))) {
    restoring = true;
    try {
      await db.meta.put({ key: META_MARKER, value: newMarker() });
    } finally {
      restoring = false;
    }
  }
  if (watched.has(db)) return scheduleAutoBackup(db, name);
  watched.add(db);
  const schedule = () => scheduleAutoBackup(db, name);
  for (const table of [db.phrases, db.templates, db.categories, db.settings, db.usage]) {
    table.hook('creating', schedule);
    table.hook('updating', schedule);
    table.hook('deleting', schedule);
  }
  schedule();
}

const guarded = new WeakSet<LibraryDb>();
function guardWrites(db: LibraryDb): void {
  if (guarded.has(db)) return;
  guarded.add(db);
  const refuse = () => {
    if (loss && !restoring) throw new StorageError('emptied');
  };
  for (const table of db.tables) {
    table.hook('creating', refuse);
    table.hook('updating', refuse);
    table.hook('deleting', refuse);
  }
}

const timers = new WeakMap<LibraryDb, ReturnType<typeof setTimeout>>();
function scheduleAutoBackup(db: LibraryDb, name: string): void {
  if (loss || timers.has(db)) return;
  timers.set(
    db,
    setTimeout(() => {
      timers.delete(db);
      // A failed backup leaves the previous one in place; the user's own save reported its own error.
      takeAutoBackup(db, name).catch(() => {});
    }, AUTO_BACKUP_DELAY_MS),
  );
}

/** Copies a healthy library into the automatic backup (replacing the previous one). */
export async function takeAutoBackup(db: LibraryDb, name: string, now = Date.now()): Promise<void> {
  if (loss || !db.isOpen()) return;
  const marker = await readMarker(db);
  // Never copy an emptied library over the backup of the full one.
  if (!marker) return;
  const file = await exportLibrary(db, new Date(now));
  const versionRow = await db.meta.get(META_DEFAULTS_VERSION);
  const backup: Omit<AutoBackup, 'key'> = {
    savedAt: now,
    marker,
    file,
    tombstones: [...(await readTombstones(db))],
    defaultsVersion: typeof versionRow?.value === 'number' ? versionRow.value : 0,
  };
  await writeAutoBackup(name, backup);
}

/** Runs the writes that end a loss (restore, start afresh) past the write guard, then clears the loss. */
export async function recover(db: LibraryDb, name: string, write: () => Promise<void>): Promise<void> {
  restoring = true;
  try {
    await write();
    await db.meta.put({ key: META_MARKER, value: newMarker() });
  } finally {
    restoring = false;
  }
  setLoss(null);
  await markLibrary(db, name);
}

/** Asks the browser once to keep the library's storage when space runs low. */
export async function requestPersistenceOnce(db: LibraryDb): Promise<void> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage?.persist || (await db.meta.get(META_PERSIST_ASKED))) return;
  const granted = await storage.persist().catch(() => false);
  await db.meta.put({ key: META_PERSIST_ASKED, value: { at: Date.now(), granted } });
}
