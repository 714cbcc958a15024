// Databases written by every earlier schema version open in the current one with nothing lost.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  closeLibrary,
  deleteLibrary,
  getSettings,
  listCategories,
  listPhrases,
  listTemplates,
  listUsage,
  openLibrary,
  SCHEMA_VERSION,
  useDatabaseName,
} from '../../lib/db';
import { STORES_V1, STORES_V2 } from '../../lib/db/schema';
import { DEFAULT_PHRASES, DEFAULT_TEMPLATES } from '../../lib/library';

let n = 0;
const name = (v: number) => `migration-v${v}-${Date.now()}-${n++}`;

afterEach(async () => {
  await deleteLibrary();
});

/** An old database as that release wrote it: seeded with the defaults of its time, two deleted, one edited. */
function oldDefaults() {
  const kept = DEFAULT_PHRASES.filter((p) => p.since <= 1).slice(3);
  return {
    deleted: DEFAULT_PHRASES.slice(0, 2).map((p) => p.text),
    phrases: [
      { text: DEFAULT_PHRASES[2].text + '（我改过）', category: DEFAULT_PHRASES[2].category, builtin: true, starred: true, createdAt: 100 },
      ...kept.map((p, i) => ({ text: p.text, category: p.category, builtin: true, starred: i === 0, createdAt: 100 })),
      { text: '本单位全年接待来访群众XX人次。', category: 'results', builtin: false, starred: true, createdAt: 200 },
    ],
    templates: [
      ...DEFAULT_TEMPLATES.slice(1).map((t) => ({ name: t.name, body: t.body, builtin: true, createdAt: 100 })),
      { name: '我的月报', body: '一、本月工作\n（一）XX', builtin: false, createdAt: 300 },
    ],
    categories: [
      { id: 'opening', name: '开头', order: 10 },
      { id: 'mine', name: '我的分类', order: 500 },
    ],
    settings: [
      { key: 'language', value: 'en' },
      { key: 'highlightsEnabled', value: false },
    ],
  };
}

async function expectNothingLost(data: ReturnType<typeof oldDefaults>, usageText?: string) {
  const phrases = await listPhrases();
  for (const old of data.phrases) {
    const now = phrases.find((p) => p.text === old.text);
    expect(now, old.text).toBeDefined();
    expect(now).toMatchObject({ category: old.category, favourite: old.starred, createdAt: old.createdAt });
    expect(Array.isArray(now!.tags)).toBe(true);
    expect('builtin' in now! || 'starred' in now!).toBe(false);
  }
  const own = phrases.find((p) => p.text === '本单位全年接待来访群众XX人次。')!;
  expect(own.source).toBe('user');
  expect(own.defaultId).toBeUndefined();
  expect(phrases.find((p) => p.text === DEFAULT_PHRASES[3].text)).toMatchObject({
    source: 'default',
    defaultId: DEFAULT_PHRASES[3].defaultId,
  });
  // The edited default is the user's now; the deleted and edited defaults do not come back.
  expect(phrases.find((p) => p.text.endsWith('（我改过）'))!.source).toBe('user');
  for (const text of [...data.deleted, DEFAULT_PHRASES[2].text]) expect(phrases.some((p) => p.text === text)).toBe(false);
  expect(phrases.length).toBe(data.phrases.length);

  const templates = await listTemplates();
  expect(templates.map((t) => t.name).sort()).toEqual(data.templates.map((t) => t.name).sort());
  expect(templates.find((t) => t.name === '我的月报')).toMatchObject({ kind: 'document', source: 'user', body: '一、本月工作\n（一）XX' });
  expect(templates.some((t) => t.name === DEFAULT_TEMPLATES[0].name)).toBe(false);

  const categories = await listCategories();
  expect(categories.find((c) => c.id === 'mine')!.name).toEqual({ zh: '我的分类', en: '我的分类' });
  expect(categories.find((c) => c.id === 'opening')!.name.zh).toBe('开头');

  expect(await getSettings()).toMatchObject({ language: 'en', highlightsEnabled: false });
  if (usageText) {
    const id = phrases.find((p) => p.text === usageText)!.id;
    expect(await listUsage()).toEqual([{ phraseId: id, lastUsedAt: 5000, count: 7 }]);
  }
}

describe('schema upgrades', () => {
  it('the current schema is version 3', () => {
    expect(SCHEMA_VERSION).toBe(3);
  });

  it('a version 1 library opens in the current version with every record kept', async () => {
    const dbName = name(1);
    const data = oldDefaults();
    const old = new Dexie(dbName);
    old.version(1).stores(STORES_V1);
    await old.open();
    await old.table('phrases').bulkAdd(data.phrases);
    await old.table('templates').bulkAdd(data.templates);
    await old.table('categories').bulkAdd(data.categories);
    await old.table('settings').bulkAdd(data.settings);
    old.close();

    useDatabaseName(dbName);
    const db = await openLibrary();
    expect(db.verno).toBe(3);
    await expectNothingLost(data);
  });

  it('a version 2 library (tags, usage, template kinds) opens with usage and tags kept', async () => {
    const dbName = name(2);
    const data = oldDefaults();
    const old = new Dexie(dbName);
    old.version(2).stores(STORES_V2);
    await old.open();
    const v2phrases = data.phrases.map((p, i) => ({ ...p, tags: i === 0 ? ['年终'] : [], updatedAt: p.createdAt + 1 }));
    const ids = (await old.table('phrases').bulkAdd(v2phrases, { allKeys: true })) as number[];
    await old.table('templates').bulkAdd(data.templates.map((t) => ({ ...t, kind: t.name === '下步工作打算' ? 'section' : 'document' })));
    await old.table('categories').bulkAdd(data.categories);
    await old.table('settings').bulkAdd(data.settings);
    const used = data.phrases.length - 1;
    await old.table('usage').add({ phraseId: ids[used], lastUsedAt: 5000, count: 7 });
    old.close();

    useDatabaseName(dbName);
    await openLibrary();
    await expectNothingLost(data, data.phrases[used].text);
    const phrases = await listPhrases();
    expect(phrases.find((p) => p.text === data.phrases[0].text)).toMatchObject({
      tags: ['年终'],
      updatedAt: data.phrases[0].createdAt + 1,
    });
    expect((await listTemplates()).find((t) => t.name === '下步工作打算')!.kind).toBe('section');
  });

  it('a version 1 library that was never seeded receives the defaults after upgrading', async () => {
    const dbName = name(1);
    const old = new Dexie(dbName);
    old.version(1).stores(STORES_V1);
    await old.open();
    await old.table('phrases').add({ text: '自己写的一句话。', category: 'general', builtin: false, starred: false, createdAt: 1 });
    old.close();

    useDatabaseName(dbName);
    await openLibrary();
    const phrases = await listPhrases();
    expect(phrases.length).toBe(DEFAULT_PHRASES.length + 1);
    expect(phrases.some((p) => p.text === '自己写的一句话。')).toBe(true);
    closeLibrary();
  });
});
