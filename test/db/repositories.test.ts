import { beforeEach, describe, expect, it } from 'vitest';
import {
  addCategory,
  addPhrase,
  addTemplate,
  blankTotals,
  deleteCategory,
  deleteTemplate,
  DEFAULT_SETTINGS,
  docKey,
  forgetDoc,
  getDoc,
  getPhrase,
  getSettings,
  getTemplate,
  LibraryInputError,
  listPhrases,
  listTemplates,
  useDatabaseName,
  deleteLibrary,
  MAX_DOCS,
  openLibrary,
  listCategories,
  renameCategory,
  saveDoc,
  setSetting,
  setSiteEnabled,
  updateTemplate,
  isSiteEnabled,
} from '../../lib/db';
import { freshLibrary } from './helpers';

beforeEach(async () => {
  await freshLibrary();
});

describe('an unseeded library for tests', () => {
  it('starts empty when asked not to install the defaults', async () => {
    useDatabaseName(`unseeded-${Date.now()}`, { seed: false });
    expect(await listPhrases()).toEqual([]);
    expect(await listTemplates()).toEqual([]);
    await addPhrase({ text: '唯一的一句。' });
    expect((await listPhrases()).map((p) => p.text)).toEqual(['唯一的一句。']);
    await deleteLibrary();
  });
});

describe('templates', () => {
  it('a user template can be created, renamed, edited and deleted', async () => {
    const id = await addTemplate({ name: ' 周报 ', kind: 'section', body: '一、本周工作\r\n（一）{单位}XX' });
    expect(await getTemplate(id)).toMatchObject({ name: '周报', kind: 'section', body: '一、本周工作\n（一）{单位}XX', source: 'user' });
    await updateTemplate(id, { name: '周工作报告', kind: 'document' });
    expect(await getTemplate(id)).toMatchObject({ name: '周工作报告', kind: 'document' });
    await deleteTemplate(id);
    expect(await getTemplate(id)).toBeUndefined();
  });

  it('a template without a name or body is refused with a message', async () => {
    const error = await addTemplate({ name: '', body: '一、XX' }).catch((e) => e);
    expect(error).toBeInstanceOf(LibraryInputError);
    expect(error.text).toEqual({ zh: '模板名称不能为空。', en: 'Template name must not be empty.' });
    await expect(addTemplate({ name: '空模板', body: ' \n ' })).rejects.toBeInstanceOf(LibraryInputError);
  });
});

describe('categories', () => {
  it('the user can add, rename and delete a category; its phrases move to 其他', async () => {
    const id = await addCategory('调研');
    expect(await addCategory('调研')).toBe(id);
    const phrase = await addPhrase({ text: '开展调研XX次。', category: id });
    await renameCategory(id, '调查研究');
    expect((await listCategories()).find((c) => c.id === id)!.name.zh).toBe('调查研究');
    await deleteCategory(id);
    expect((await listCategories()).some((c) => c.id === id)).toBe(false);
    expect((await getPhrase(phrase))!.category).toBe('general');
  });

  it('the fallback category 其他 cannot be deleted', async () => {
    await deleteCategory('general');
    expect((await listCategories()).some((c) => c.id === 'general')).toBe(true);
  });

  it('categories come in display order with 其他 last', async () => {
    await addCategory('我的分类');
    const ids = (await listCategories()).map((c) => c.id);
    expect(ids[0]).toBe('opening');
    expect(ids.at(-1)).toBe('general');
    expect(ids).toContain('user-我的分类');
  });
});

describe('settings', () => {
  it('a new library reads the default settings', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('changed settings and per-site switches are kept', async () => {
    await setSetting('highlightsEnabled', false);
    await setSetting('highlightColours', { x: '#ff0', mou: 'orange' });
    await setSiteEnabled('https://a.example', true);
    await setSiteEnabled('https://b.example', false);
    await setSiteEnabled('https://a.example', false);
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      highlightsEnabled: false,
      highlightColours: { x: '#ff0', mou: 'orange' },
      sites: { 'https://a.example': false, 'https://b.example': false },
    });
  });

  it('a site is on until it is switched off, and on again when switched back', async () => {
    expect(await isSiteEnabled('https://a.example')).toBe(true);
    await setSiteEnabled('https://a.example', false);
    expect(await isSiteEnabled('https://a.example')).toBe(false);
    expect(await isSiteEnabled('https://b.example')).toBe(true);
    await setSiteEnabled('https://a.example', true);
    expect(await isSiteEnabled('https://a.example')).toBe(true);
  });
});

describe('per-document state', () => {
  it('is keyed by the page address without its #fragment and merges filled values', async () => {
    expect(docKey('https://e.example/doc?id=1#h2')).toBe('https://e.example/doc?id=1');
    await saveDoc('https://e.example/doc?id=1', { filled: { 次: '12' }, firstSeenBlanks: 40, outlineSummary: ['主要工作'] }, 1);
    await saveDoc('https://e.example/doc?id=1#h3', { filled: { '%': '95' } }, 2);
    expect(await getDoc('https://e.example/doc?id=1')).toEqual({
      url: 'https://e.example/doc?id=1',
      filled: { 次: '12', '%': '95' },
      firstSeenBlanks: 40,
      outlineSummary: ['主要工作'],
      updatedAt: 2,
    });
    await forgetDoc('https://e.example/doc?id=1');
    expect(await getDoc('https://e.example/doc?id=1')).toBeUndefined();
  });

  it('keeps the most recently used documents when there are too many', async () => {
    const db = await openLibrary();
    await db.docs.bulkPut(Array.from({ length: MAX_DOCS + 50 }, (_, i) => ({ url: `https://e.example/${i}`, filled: {}, updatedAt: i })));
    await saveDoc('https://e.example/new', { firstSeenBlanks: 3 }, 10_000);
    expect(await db.docs.count()).toBeLessThanOrEqual(MAX_DOCS);
    expect(await getDoc('https://e.example/new')).toBeDefined();
    expect(await getDoc(`https://e.example/${MAX_DOCS + 49}`)).toBeDefined();
    expect(await getDoc('https://e.example/0')).toBeUndefined();
  });

  it('remembers the first-seen blank total for the panel progress', async () => {
    expect(await blankTotals.get('https://e.example/r')).toBeUndefined();
    await blankTotals.set('https://e.example/r', 40);
    expect(await blankTotals.get('https://e.example/r#x')).toBe(40);
  });
});
