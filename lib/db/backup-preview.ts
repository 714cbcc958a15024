// What importing a backup would change, shown before anything is written.
import { openLibrary } from './connection';
import { guarded } from './errors';
import { readMatches, sameCategory, samePhrase, sameTemplate } from './backup-match';
import type { ParsedBackup } from './backup-schema';
import { readSettings } from './settings';
import { settingChanges, type SettingChange } from './backup-settings';

export interface ImportCounts {
  new: number;
  identical: number;
  /** Texts (phrases) or names (templates, categories) that exist with different content. */
  conflicts: string[];
}

export interface ImportPreview {
  kind: 'full' | 'pack';
  phrases: ImportCounts;
  templates: ImportCounts;
  categories: ImportCounts;
  /** Setting keys whose imported value differs from the current one. */
  settingsChanged: string[];
  /** Each setting the import would change, in words the preview can show. */
  settings: SettingChange[];
}

function count<T, R>(items: T[], key: (item: T) => string, existing: Map<string, R>, same: (a: T, b: R) => boolean): ImportCounts {
  const out: ImportCounts = { new: 0, identical: 0, conflicts: [] };
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    const old = existing.get(k);
    if (!old) out.new++;
    else if (same(item, old)) out.identical++;
    else out.conflicts.push(k);
  }
  return out;
}

export async function previewImport(parsed: ParsedBackup): Promise<ImportPreview> {
  return guarded(async () => {
    const db = await openLibrary();
    return db.transaction('r', [db.phrases, db.templates, db.categories, db.settings], async () => {
      const m = await readMatches(db);
      const settings = await readSettings(db);
      const settingsChanged = Object.entries(parsed.settings ?? {})
        .filter(([key, value]) => value !== undefined && JSON.stringify(value) !== JSON.stringify(settings[key as keyof typeof settings]))
        .map(([key]) => key);
      return {
        kind: parsed.kind,
        phrases: count(parsed.phrases, (p) => p.text, m.phrases, samePhrase),
        templates: count(parsed.templates, (t) => t.name, m.templates, sameTemplate),
        categories: count(parsed.categories ?? [], (c) => c.id, m.categories, sameCategory),
        settingsChanged,
        settings: settingChanges(settings, parsed.settings),
      };
    });
  });
}
