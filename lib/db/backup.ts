// Export the whole library (or a shareable pack) and import one back, all-or-nothing.
import { openLibrary } from './connection';
import { guarded } from './errors';
import type { LibraryDb } from './schema';
import type { ParsedBackup } from './backup-schema';
import { readSettings } from './settings';
import { FALLBACK_CATEGORY } from '../library/categories';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupFile,
  type BackupPhrase,
  type BackupTemplate,
  type Category,
  type Phrase,
  type SettingRow,
  type Template,
} from './types';

function withoutId<T extends { id?: number }>(record: T): Omit<T, 'id'> {
  const { id: _id, ...rest } = record;
  return rest;
}

export async function exportAll(now = new Date()): Promise<BackupFile> {
  return guarded(async () => {
    const db = await openLibrary();
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
  });
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

export function serializeBackup(file: BackupFile): string {
  return JSON.stringify(file, null, 1);
}

/** report-assistant-backup-2026-01-02.json / report-assistant-pack-2026-01-02.json */
export function backupFileName(file: Pick<BackupFile, 'kind' | 'exportedAt'>): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(file.exportedAt)?.[0] ?? 'export';
  return `report-assistant-${file.kind === 'pack' ? 'pack' : 'backup'}-${day}.json`;
}

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
}

const samePhrase = (a: BackupPhrase, b: Phrase) =>
  a.category === b.category && a.favourite === b.favourite && JSON.stringify(a.tags) === JSON.stringify(b.tags);
const sameTemplate = (a: BackupTemplate, b: Template) => a.body === b.body && a.kind === b.kind;
const sameCategory = (a: Category, b: Category) => a.name.zh === b.name.zh && a.name.en === b.name.en;

interface Matches {
  phrases: Map<string, Phrase>;
  templates: Map<string, Template>;
  categories: Map<string, Category>;
}

async function readMatches(db: LibraryDb): Promise<Matches> {
  return {
    phrases: new Map((await db.phrases.toArray()).map((p) => [p.text, p])),
    templates: new Map((await db.templates.toArray()).map((t) => [t.name, t])),
    categories: new Map((await db.categories.toArray()).map((c) => [c.id, c])),
  };
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
        .filter(([key, value]) => value !== undefined && JSON.stringify(value) !== JSON.stringify((settings as any)[key]))
        .map(([key]) => key);
      return {
        kind: parsed.kind,
        phrases: count(parsed.phrases, (p) => p.text, m.phrases, samePhrase),
        templates: count(parsed.templates, (t) => t.name, m.templates, sameTemplate),
        categories: count(parsed.categories ?? [], (c) => c.id, m.categories, sameCategory),
        settingsChanged,
      };
    });
  });
}

export type ImportStrategy = 'skip' | 'overwrite' | 'keepBoth';

export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
}

/** Names a kept-both copy so it can be told apart: "述职报告（导入）", "（导入 2）" … */
function copyName(name: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const candidate = `${name}（导入${n > 1 ? ` ${n}` : ''}）`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Applies a parsed backup or pack in one transaction: on any failure nothing is written. */
export async function applyImport(parsed: ParsedBackup, strategy: ImportStrategy, now = Date.now()): Promise<ImportReport> {
  return guarded(async () => {
    const db = await openLibrary();
    const tables = [db.phrases, db.templates, db.categories, db.settings, db.usage];
    return db.transaction('rw', tables, async () => {
      const report: ImportReport = { added: 0, updated: 0, skipped: 0 };
      const m = await readMatches(db);

      for (const c of parsed.categories ?? []) {
        const old = m.categories.get(c.id);
        if (!old) {
          await db.categories.add(c);
          m.categories.set(c.id, c);
          report.added++;
        } else if (sameCategory(c, old) || strategy !== 'overwrite') report.skipped++;
        else {
          await db.categories.update(c.id, { name: c.name, order: c.order });
          report.updated++;
        }
      }
      const knownCategory = (id: string) => (m.categories.has(id) ? id : FALLBACK_CATEGORY);

      const importedTexts = new Set<string>();
      const newPhrases: Omit<Phrase, 'id'>[] = [];
      for (const p of parsed.phrases) {
        if (importedTexts.has(p.text)) continue;
        importedTexts.add(p.text);
        const fields = {
          ...withoutId(p),
          category: knownCategory(p.category),
          createdAt: p.createdAt || now,
          updatedAt: p.updatedAt || now,
        };
        const old = m.phrases.get(p.text);
        if (!old) newPhrases.push(fields);
        else if (samePhrase(fields, old) || strategy === 'skip') report.skipped++;
        else if (strategy === 'overwrite') {
          await db.phrases.update(old.id!, { category: fields.category, tags: fields.tags, favourite: fields.favourite, updatedAt: now });
          report.updated++;
        } else {
          // Phrases are identified by their text, so "keep both" keeps one text with both settings merged.
          await db.phrases.update(old.id!, {
            tags: [...new Set([...old.tags, ...fields.tags])],
            favourite: old.favourite || fields.favourite,
            updatedAt: now,
          });
          report.updated++;
        }
      }

      await db.phrases.bulkAdd(newPhrases);
      report.added += newPhrases.length;

      const names = new Set(m.templates.keys());
      const importedNames = new Set<string>();
      for (const t of parsed.templates) {
        if (importedNames.has(t.name)) continue;
        importedNames.add(t.name);
        const fields = { ...withoutId(t), createdAt: t.createdAt || now, updatedAt: t.updatedAt || now };
        const old = m.templates.get(t.name);
        if (!old) {
          await db.templates.add(fields);
          names.add(t.name);
          report.added++;
        } else if (sameTemplate(fields, old) || strategy === 'skip') report.skipped++;
        else if (strategy === 'overwrite') {
          await db.templates.update(old.id!, { body: fields.body, kind: fields.kind, updatedAt: now });
          report.updated++;
        } else {
          const name = copyName(t.name, names);
          names.add(name);
          await db.templates.add({ ...fields, name, source: 'user', defaultId: undefined });
          report.added++;
        }
      }

      if (parsed.settings) {
        const existing = new Set((await db.settings.toCollection().primaryKeys()) as string[]);
        const current = (await readSettings(db)) as unknown as Record<string, unknown>;
        const rows = Object.entries(parsed.settings)
          .filter(([key, value]) => value !== undefined && JSON.stringify(value) !== JSON.stringify(current[key]))
          .filter(([key]) => strategy === 'overwrite' || !existing.has(key))
          .map(([key, value]) => ({ key, value }) as SettingRow);
        await db.settings.bulkPut(rows);
      }

      if (parsed.usage?.length) {
        const byText = new Map((await db.phrases.toArray()).map((p) => [p.text, p.id!]));
        for (const u of parsed.usage) {
          const phraseId = byText.get(u.text);
          if (phraseId === undefined) continue;
          const old = await db.usage.get(phraseId);
          await db.usage.put({
            phraseId,
            lastUsedAt: Math.max(old?.lastUsedAt ?? 0, u.lastUsedAt),
            count: Math.max(old?.count ?? 0, u.count),
          });
        }
      }
      return report;
    });
  });
}
