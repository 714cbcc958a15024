// The last automatic backup of the library, kept in a separate database of the extension's own
// storage (one row, replaced each time) so a library the browser emptied can be restored.
import Dexie, { type EntityTable } from 'dexie';
import type { BackupFile } from './types';

export interface AutoBackup {
  key: 'last';
  savedAt: number;
  /** The library marker the backup was taken from. */
  marker: string;
  file: BackupFile;
  /** Defaults the user deleted and the defaults version merged, so a restore does not bring them back. */
  tombstones: string[];
  defaultsVersion: number;
}

class AutoBackupDb extends Dexie {
  snapshots!: EntityTable<AutoBackup, 'key'>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ snapshots: '&key' });
  }
}

export const autoBackupName = (libraryName: string) => `${libraryName}-autobackup`;

async function withDb<T>(libraryName: string, run: (db: AutoBackupDb) => Promise<T>): Promise<T> {
  const db = new AutoBackupDb(autoBackupName(libraryName));
  try {
    return await run(db);
  } finally {
    db.close();
  }
}

export function readAutoBackup(libraryName: string): Promise<AutoBackup | undefined> {
  return withDb(libraryName, (db) => db.snapshots.get('last'));
}

export async function writeAutoBackup(libraryName: string, backup: Omit<AutoBackup, 'key'>): Promise<void> {
  await withDb(libraryName, (db) => db.snapshots.put({ ...backup, key: 'last' }));
}

export function deleteAutoBackup(libraryName: string): Promise<void> {
  return Dexie.delete(autoBackupName(libraryName));
}
