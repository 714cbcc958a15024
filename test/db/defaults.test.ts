import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteCategory,
  deletePhrase,
  deleteTemplate,
  listCategories,
  listPhrases,
  listTemplates,
  mergeDefaults,
  openLibrary,
  updatePhrase,
  updateTemplate,
} from '../../lib/db';
import { DEFAULT_CATEGORIES, DEFAULT_PHRASES, DEFAULT_TEMPLATES, SHIPPED_DEFAULTS, type DefaultSet } from '../../lib/library';
import { definePhrases, defineTemplate } from '../../lib/library/define';
import { analyze } from '../../lib/analysis';
import { freshLibrary } from './helpers';

beforeEach(async () => {
  await freshLibrary();
});

/** The next release: one new phrase, template and category, plus everything shipped now. */
function nextRelease(): DefaultSet {
  return {
    version: SHIPPED_DEFAULTS.version + 1,
    categories: [...DEFAULT_CATEGORIES, { id: 'research', name: { zh: '调研', en: 'Research' }, order: 95 }],
    phrases: [...DEFAULT_PHRASES, ...definePhrases('research', ['全年开展专题调研XX次，形成调研报告XX篇。'], { since: 2 })],
    templates: [...DEFAULT_TEMPLATES, defineTemplate('调研报告', 'document', '一、基本情况\n（一）XX\n1.XX\n（1）XX', 2)],
  };
}

describe('default library', () => {
  it('a new library holds at least 300 phrases in every category and at least 8 templates', async () => {
    const phrases = await listPhrases();
    const templates = await listTemplates();
    const categories = await listCategories();
    expect(phrases.length).toBeGreaterThanOrEqual(300);
    expect(templates.length).toBeGreaterThanOrEqual(8);
    expect(new Set(phrases.map((p) => p.text)).size).toBe(phrases.length);
    for (const category of ['opening', 'results', 'problems', 'causes', 'measures', 'closing', 'transition', 'party'])
      expect(phrases.filter((p) => p.category === category).length).toBeGreaterThanOrEqual(20);
    expect(phrases.every((p) => categories.some((c) => c.id === p.category))).toBe(true);
    expect(phrases.every((p) => p.source === 'default' && p.defaultId)).toBe(true);
  });

  it('many default phrases contain blanks the engine recognises', async () => {
    const phrases = await listPhrases();
    const withBlanks = phrases.filter((p) => analyze(p.text).placeholders.length > 0);
    expect(withBlanks.length).toBeGreaterThanOrEqual(100);
    expect(phrases.map((p) => p.text)).toContain('全年共组织学习XX次，参加人员XX人次。');
    expect(phrases.some((p) => p.text.startsWith('现将……述职如下'))).toBe(true);
  });

  it('opening the library again does not add the defaults twice', async () => {
    const db = await openLibrary();
    const before = await db.phrases.count();
    const report = await mergeDefaults(db, SHIPPED_DEFAULTS);
    expect(report.skipped).toBe(true);
    expect(await db.phrases.count()).toBe(before);
  });

  it('an update adds new defaults but keeps user edits and does not bring back deleted defaults', async () => {
    const db = await openLibrary();
    const phrases = await listPhrases();
    const edited = phrases[0];
    const deleted = phrases[1];
    await updatePhrase(edited.id!, { text: '我改写过的开头。', favourite: true });
    await deletePhrase(deleted.id!);
    const templates = await listTemplates();
    await updateTemplate(templates[0].id!, { body: '一、我的版本' });
    await deleteTemplate(templates[1].id!);
    await deleteCategory('transition');

    const report = await mergeDefaults(db, nextRelease());
    expect(report.added).toEqual({ phrases: 1, templates: 1, categories: 1 });

    const after = await listPhrases();
    expect(after.find((p) => p.id === edited.id)).toMatchObject({ text: '我改写过的开头。', favourite: true });
    expect(after.some((p) => p.text === edited.text)).toBe(false);
    expect(after.some((p) => p.text === deleted.text)).toBe(false);
    expect(after.some((p) => p.text === '全年开展专题调研XX次，形成调研报告XX篇。')).toBe(true);
    const templatesAfter = await listTemplates();
    expect(templatesAfter.find((t) => t.id === templates[0].id)!.body).toBe('一、我的版本');
    expect(templatesAfter.some((t) => t.name === templates[1].name)).toBe(false);
    expect(templatesAfter.some((t) => t.name === '调研报告')).toBe(true);
    const categories = await listCategories();
    expect(categories.some((c) => c.id === 'transition')).toBe(false);
    expect(categories.some((c) => c.id === 'research')).toBe(true);
    // Phrases of the deleted category were kept, moved to 其他.
    expect(after.filter((p) => p.category === 'transition')).toEqual([]);
    expect(after.filter((p) => p.category === 'general').length).toBeGreaterThan(20);

    expect((await mergeDefaults(db, nextRelease())).skipped).toBe(true);
  });

  it('a default the user typed in themselves is not added a second time', async () => {
    const db = await openLibrary();
    await db.phrases.clear();
    await db.meta.clear();
    await db.phrases.add({
      text: DEFAULT_PHRASES[0].text,
      category: 'general',
      tags: [],
      source: 'user',
      favourite: false,
      createdAt: 1,
      updatedAt: 1,
    });
    await mergeDefaults(db, SHIPPED_DEFAULTS);
    expect(await db.phrases.where('text').equals(DEFAULT_PHRASES[0].text).count()).toBe(1);
  });

  it('shipped default ids are unique and stable for the same text', () => {
    const ids = [...DEFAULT_PHRASES.map((p) => p.defaultId), ...DEFAULT_TEMPLATES.map((t) => t.defaultId)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(definePhrases('x', [DEFAULT_PHRASES[5].text])[0].defaultId).toBe(DEFAULT_PHRASES[5].defaultId);
  });
});
