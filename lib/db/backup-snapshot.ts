// The whole library as a backup file, read in one transaction from an open database.
import { withoutId } from './backup-match';
import type { LibraryDb } from './schema';
import { readSettings } from './settings';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from './types';

export async function exportLibrary(db: LibraryDb, now = new Date()): Promise<BackupFile> {
  return db.transaction('r', [db.phrases, db.templates, db.categories, db.settings, db.usage], async () => {
    const phrases = await db.phrases.toArray();
    const textById = new Map(phrases.map((p) => [p.id, p.text]));
    const usage = (await db.usage.toArray()).flatMap((u) => {
      const text = textById.get(u.phraseId);
      return text === undefined ? [] : [{ text, lastUsedAt: u.lastUsedAt, count: u.count }];
    });
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      kind: 'full' as const,
      exportedAt: now.toISOString(),
      phrases: phrases.map(withoutId),
      templates: (await db.templates.toArray()).map(withoutId),
      categories: await db.categories.orderBy('order').toArray(),
      settings: await readSettings(db),
      usage,
    };
  });
}
