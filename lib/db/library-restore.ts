// Ending a library loss: restore the last automatic backup, or start afresh with the defaults.
import { readAutoBackup } from './auto-backup';
import { applyImport } from './backup-import';
import { libraryName, openLibrary } from './connection';
import { mergeDefaults } from './defaults';
import { guarded } from './errors';
import { currentLoss, recover } from './library-health';
import { META_DEFAULTS_VERSION, META_TOMBSTONES } from './schema';

export interface RestoreReport {
  phrases: number;
  templates: number;
}

/** Puts the last automatic backup back into the emptied library. */
export async function restoreAutoBackup(): Promise<RestoreReport> {
  return guarded(async () => {
    const name = libraryName();
    const db = await openLibrary();
    const backup = await readAutoBackup(name);
    if (!backup) throw new Error('No automatic backup');
    await recover(db, name, async () => {
      await applyImport({ ...backup.file, kind: 'full' }, 'overwrite');
      await db.meta.bulkPut([
        { key: META_TOMBSTONES, value: backup.tombstones },
        { key: META_DEFAULTS_VERSION, value: backup.defaultsVersion },
      ]);
    });
    return { phrases: backup.file.phrases.length, templates: backup.file.templates.length };
  });
}

/** Leaves the backup unused and sets the library up again with the shipped defaults. */
export async function startAfresh(): Promise<void> {
  await guarded(async () => {
    if (!currentLoss()) return;
    const name = libraryName();
    const db = await openLibrary();
    const { SHIPPED_DEFAULTS } = await import('../library');
    await recover(db, name, async () => {
      await mergeDefaults(db, SHIPPED_DEFAULTS);
    });
  });
}
