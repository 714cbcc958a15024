// Malformed and hostile backup files: each is refused with a clear zh/en message and the library
// is left exactly as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import { addPhrase, applyImport, exportAll, LIMITS, openLibrary, parseBackup, serializeBackup, type BackupErrorCode } from '../../lib/db';
import { freshLibrary, snapshot } from './helpers';

const valid = () => ({
  format: 'report-assistant-backup',
  version: 1,
  kind: 'full',
  exportedAt: '2026-01-01T00:00:00.000Z',
  phrases: [{ text: '全年共召开会议XX次。', category: 'results', tags: [], source: 'user', favourite: false, createdAt: 1, updatedAt: 1 }],
  templates: [{ name: '模板', kind: 'document', body: '一、XX', source: 'user', createdAt: 1, updatedAt: 1 }],
  categories: [{ id: 'results', name: { zh: '成效', en: 'Results' }, order: 20, source: 'default' }],
  settings: { language: 'zh' },
  usage: [],
});

const json = (mutate: (file: any) => void) => {
  const file = valid();
  mutate(file);
  return JSON.stringify(file);
};

const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

const CASES: Array<[string, unknown, BackupErrorCode, RegExp]> = [
  ['not JSON at all', '这不是一个备份文件', 'not-json', /JSON/],
  ['truncated JSON', JSON.stringify(valid()).slice(0, 80), 'not-json', /截断/],
  ['empty file', '', 'not-json', /JSON/],
  ['a binary blob instead of text', new Uint8Array([1, 2, 3]), 'not-text', /文本/],
  ['JSON of another app', JSON.stringify({ notes: [] }), 'wrong-format', /不是报告助手/],
  ['a bare array', '[1,2,3]', 'wrong-format', /不是报告助手/],
  ['JSON null', 'null', 'wrong-format', /不是报告助手/],
  ['a future backup version', json((f) => (f.version = 99)), 'unsupported-version', /99/],
  ['the version as a string', json((f) => (f.version = '1')), 'unsupported-version', /版本/],
  ['a pack where a full backup is expected', json((f) => (f.kind = 'pack')), 'wrong-kind', /分享包/],
  ['phrases not a list', json((f) => (f.phrases = { text: 'x' })), 'invalid', /phrases/],
  ['a phrase text that is a number', json((f) => (f.phrases[0].text = 42)), 'invalid', /phrases\.0\.text 应为文字/],
  ['an empty phrase text', json((f) => (f.phrases[0].text = '')), 'invalid', /不能为空/],
  ['a huge phrase text', json((f) => (f.phrases[0].text = '长'.repeat(LIMITS.phraseChars + 1))), 'invalid', /过长/],
  [
    'a huge template body',
    json((f) => (f.templates[0].body = '长'.repeat(LIMITS.templateChars + 1))),
    'invalid',
    /templates\.0\.body 过长/,
  ],
  ['favourite as a string', json((f) => (f.phrases[0].favourite = 'yes')), 'invalid', /true 或 false/],
  ['an unknown template kind', json((f) => (f.templates[0].kind = 'script')), 'invalid', /取值无效/],
  ['an unknown field', json((f) => (f.phrases[0].onload = 'alert(1)')), 'invalid', /未知字段/],
  ['a __proto__ key', JSON.stringify(valid()).replace('"text"', '"__proto__":{"polluted":true},"text"'), 'forbidden-key', /__proto__/],
  [
    'a constructor key inside settings',
    json((f) => (f.settings = { constructor: { prototype: { polluted: true } } })),
    'forbidden-key',
    /constructor/,
  ],
  ['a prototype key in the site list', json((f) => (f.settings.sites = { prototype: true })), 'forbidden-key', /prototype/],
  ['deeply nested arrays', `{"format":"report-assistant-backup","version":1,"x":${deep(100_000)}}`, 'too-deep', /嵌套/],
  ['deep nesting inside a field', json((f) => (f.phrases[0].tags = [[[[['深']]]]])), 'too-deep', /嵌套/],
  ['a file over the size limit', ' '.repeat(LIMITS.backupChars + 1), 'too-large', /过大/],
  ['too many tags', json((f) => (f.phrases[0].tags = Array.from({ length: 50 }, (_, i) => `t${i}`))), 'invalid', /tags/],
  ['a negative usage count', json((f) => (f.usage = [{ text: '全年共召开会议XX次。', lastUsedAt: 1, count: -5 }])), 'invalid', /有效数字/],
  ['NaN timestamps written as strings', json((f) => (f.phrases[0].createdAt = 'NaN')), 'invalid', /有效数字/],
  ['a category name without English', json((f) => (f.categories[0].name = { zh: '成效' })), 'invalid', /categories\.0\.name/],
  [
    'a pack that smuggles settings',
    json((f) => {
      f.kind = 'pack';
      f.categories = undefined;
      f.usage = undefined;
    }),
    'invalid',
    /只能包含/,
  ],
];

describe('hostile and malformed backup files', () => {
  let before: Record<string, unknown[]>;

  beforeAll(async () => {
    await freshLibrary();
    await addPhrase({ text: '导入测试前的数据。' });
    before = await snapshot(await openLibrary());
  });

  it.each(CASES)('%s is refused with a clear message', async (_name, input, code, message) => {
    const expectKind = code === 'invalid' && typeof input === 'string' && input.includes('"pack"') ? 'any' : 'full';
    const result = parseBackup(input, expectKind);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message.zh).toMatch(message);
    expect(result.error.message.en.length).toBeGreaterThan(10);
    expect(Object.hasOwn({}, 'polluted')).toBe(false);
    expect(({} as any).polluted).toBeUndefined();
    expect(await snapshot(await openLibrary())).toEqual(before);
  });

  it('there are at least 20 hostile cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });

  it('a full backup where a pack is expected is refused', () => {
    const result = parseBackup(JSON.stringify(valid()), 'pack');
    expect(result.ok || result.error.code).toBe('wrong-kind');
  });

  it('HTML and script in phrase text are accepted as inert text and stored unchanged', async () => {
    const hostileText = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>XX次';
    const result = parseBackup(json((f) => (f.phrases[0].text = hostileText)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    await applyImport(result.value, 'skip');
    const exported = await exportAll();
    expect(exported.phrases.some((p) => p.text === hostileText)).toBe(true);
    expect((globalThis as any).__pwned).toBeUndefined();
    expect(document.querySelector('img,script')).toBeNull();
    // Round trip stays identical text.
    const again = parseBackup(serializeBackup(exported));
    expect(again.ok && again.value.phrases.some((p) => p.text === hostileText)).toBe(true);
  });

  it.each<[string, (f: any) => void]>([
    ['a 1 MB language value', (f) => (f.settings.language = 'z'.repeat(1_000_000))],
    ['a 1 MB unknown field name', (f) => (f.phrases[0]['k'.repeat(1_000_000)] = 1)],
    ['a 1 MB site name', (f) => (f.settings.sites = { ['s'.repeat(1_000_000)]: true })],
  ])('%s is quoted only by its head in the message', (_name, mutate) => {
    const result = parseBackup(json(mutate));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message.zh.length).toBeLessThan(300);
    expect(result.error.message.en.length).toBeLessThan(300);
  });

  it('a byte-order mark before the JSON is tolerated', () => {
    expect(parseBackup('\uFEFF' + JSON.stringify(valid())).ok).toBe(true);
  });
});
