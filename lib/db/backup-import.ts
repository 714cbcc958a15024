// Applies a parsed backup or pack in one transaction: on any failure nothing is written.
import { openLibrary } from './connection';
import { guarded } from './errors';
import { readMatches, sameCategory, samePhrase, sameTemplate, withoutId, type Matches } from './backup-match';
import type { ParsedBackup } from './backup-schema';
import type { LibraryDb } from './schema';
import { readSettings } from './settings';
import { FALLBACK_CATEGORY } from '../library/categories';
import type { Phrase } from './types';
import { settingRowsToWrite } from './backup-settings';

export type ImportStrategy = 'skip' | 'overwrite' | 'keepBoth';

export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
}

interface Step {
  db: LibraryDb;
  parsed: ParsedBackup;
  strategy: ImportStrategy;
  matches: Matches;
  report: ImportReport;
  now: number;
}

/** Names a kept-both copy so it can be told apart: "述职报告（导入）", "（导入 2）" … */
function copyName(name: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const candidate = `${name}（导入${n > 1 ? ` ${n}` : ''}）`;
    if (!taken.has(candidate)) return candidate;
  }
}

async function importCategories({ db, parsed, strategy, matches, report }: Step): Promise<void> {
  for (const c of parsed.categories ?? []) {
    const old = matches.categories.get(c.id);
    if (!old) {
      await db.categories.add(c);
      matches.categories.set(c.id, c);
      report.added++;
    } else if (sameCategory(c, old) || strategy !== 'overwrite') report.skipped++;
    else {
      await db.categories.update(c.id, { name: c.name, order: c.order });
      report.updated++;
    }
  }
}

async function importPhrases({ db, parsed, strategy, matches, report, now }: Step): Promise<void> {
  const knownCategory = (id: string) => (matches.categories.has(id) ? id : FALLBACK_CATEGORY);
  const seen = new Set<string>();
  const added: Omit<Phrase, 'id'>[] = [];
  for (const p of parsed.phrases) {
    if (seen.has(p.text)) continue;
    seen.add(p.text);
    const fields = { ...withoutId(p), category: knownCategory(p.category), createdAt: p.createdAt || now, updatedAt: p.updatedAt || now };
    const old = matches.phrases.get(p.text);
    if (!old) added.push(fields);
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
  await db.phrases.bulkAdd(added);
  report.added += added.length;
}

async function importTemplates({ db, parsed, strategy, matches, report, now }: Step): Promise<void> {
  const names = new Set(matches.templates.keys());
  const seen = new Set<string>();
  for (const t of parsed.templates) {
    if (seen.has(t.name)) continue;
    seen.add(t.name);
    const fields = { ...withoutId(t), createdAt: t.createdAt || now, updatedAt: t.updatedAt || now };
    const old = matches.templates.get(t.name);
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
}

/** Settings follow the strategy like everything else: see backup-settings.ts. */
async function importSettings({ db, parsed, strategy }: Step): Promise<void> {
  const rows = settingRowsToWrite(await readSettings(db), parsed.settings, strategy);
  if (rows.length) await db.settings.bulkPut(rows);
}

/** Usage refers to phrases by text; counts and times merge by keeping the larger. */
async function importUsage({ db, parsed }: Step): Promise<void> {
  if (!parsed.usage?.length) return;
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

export async function applyImport(parsed: ParsedBackup, strategy: ImportStrategy, now = Date.now()): Promise<ImportReport> {
  return guarded(async () => {
    const db = await openLibrary();
    const tables = [db.phrases, db.templates, db.categories, db.settings, db.usage];
    return db.transaction('rw', tables, async () => {
      const step: Step = { db, parsed, strategy, now, matches: await readMatches(db), report: { added: 0, updated: 0, skipped: 0 } };
      // Categories first: phrases fall back to 其他 only when their category is in neither place.
      await importCategories(step);
      await importPhrases(step);
      await importTemplates(step);
      await importSettings(step);
      await importUsage(step);
      return step.report;
    });
  });
}
