// Export the whole library as a backup, or chosen phrases and templates as a shareable pack.
import { openLibrary } from './connection';
import { guarded } from './errors';
import { withoutId } from './backup-match';
import { exportLibrary } from './backup-snapshot';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, type Phrase, type Template } from './types';

export async function exportAll(now = new Date()): Promise<BackupFile> {
  return guarded(async () => exportLibrary(await openLibrary(), now));
}

/** A pack of chosen phrases and templates for sharing within a team (no settings, no usage). */
export async function exportPack(selection: { phraseIds?: number[]; templateIds?: number[] }, now = new Date()): Promise<BackupFile> {
  return guarded(async () => {
    const db = await openLibrary();
    const phrases = (await db.phrases.bulkGet(selection.phraseIds ?? [])).filter((p): p is Phrase => !!p);
    const templates = (await db.templates.bulkGet(selection.templateIds ?? [])).filter((t): t is Template => !!t);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      kind: 'pack' as const,
      exportedAt: now.toISOString(),
      phrases: phrases.map((p) => ({ ...withoutId(p), favourite: false })),
      templates: templates.map(withoutId),
    };
  });
}

/** A pack of everything the user wrote or edited themselves: what a team would share. */
export async function exportOwnPack(now = new Date()): Promise<BackupFile> {
  return guarded(async () => {
    const db = await openLibrary();
    const own = <T extends { id?: number; source: string }>(rows: T[]) => rows.filter((r) => r.source === 'user').map((r) => r.id!);
    return exportPack({ phraseIds: own(await db.phrases.toArray()), templateIds: own(await db.templates.toArray()) }, now);
  });
}

export function serializeBackup(file: BackupFile): string {
  return JSON.stringify(file, null, 1);
}

/** report-assistant-backup-2026-01-02.json / report-assistant-pack-2026-01-02.json */
export function backupFileName(file: Pick<BackupFile, 'kind' | 'exportedAt'>): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(file.exportedAt)?.[0] ?? 'export';
  return `report-assistant-${file.kind === 'pack' ? 'pack' : 'backup'}-${day}.json`;
}
