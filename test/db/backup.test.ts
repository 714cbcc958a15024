import { beforeEach, describe, expect, it } from 'vitest';
import {
  addPhrase,
  addTemplate,
  addCategory,
  applyImport,
  backupFileName,
  exportAll,
  exportPack,
  exportOwnPack,
  listPhrases,
  listTemplates,
  openLibrary,
  parseBackup,
  previewImport,
  recordUse,
  serializeBackup,
  setFavourite,
  setSetting,
  setSiteEnabled,
  getSettings,
  type ParsedBackup,
} from '../../lib/db';
import { freshLibrary, snapshot } from './helpers';

beforeEach(async () => {
  await freshLibrary();
});

function parsed(text: string, expect: 'full' | 'pack' | 'any' = 'full'): ParsedBackup {
  const result = parseBackup(text, expect);
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

const withoutTime = ({ exportedAt: _t, ...rest }: Awaited<ReturnType<typeof exportAll>>) => rest;

describe('backup round trip', () => {
  it('export, wipe, import gives back the same library', async () => {
    const mine = await addCategory('调研');
    const id = await addPhrase({ text: '深入XX开展蹲点调研XX天。', category: mine, tags: ['调研', '基层'] });
    await setFavourite(id, true);
    await recordUse(id, 1234);
    await addTemplate({ name: '我的季度总结', kind: 'section', body: '一、本季度工作\n（一）{单位}XX' });
    await setSetting('language', 'en');
    await setSiteEnabled('https://docs.example.com', true);
    await setSetting('highlightColours', { x: '#ffcc00', cross: 'red' });
    const exported = await exportAll(new Date('2026-01-02T03:04:05Z'));
    const text = serializeBackup(exported);

    await freshLibrary();
    const db = await openLibrary();
    await Promise.all(db.tables.map((t) => t.clear()));
    const report = await applyImport(parsed(text), 'overwrite');
    expect(report.added).toBeGreaterThan(300);

    expect(withoutTime(await exportAll())).toEqual(withoutTime(exported));
    expect(await getSettings()).toMatchObject({
      language: 'en',
      sites: { 'https://docs.example.com': true },
      highlightColours: { x: '#ffcc00' },
    });
  });

  it('a phrase pack carries only what the user wrote, and imports as a pack elsewhere', async () => {
    const own = await addPhrase({ text: '围绕XX目标，细化措施XX条。' });
    await addTemplate({ name: '我的整改小结', kind: 'section', body: '一、整改情况\n（一）{单位}XX' });
    const pack = await exportOwnPack();
    expect(pack.kind).toBe('pack');
    expect(pack.phrases.map((p) => p.text)).toEqual(['围绕XX目标，细化措施XX条。']);
    expect(pack.templates.map((t) => t.name)).toEqual(['我的整改小结']);
    expect(own).toBeGreaterThan(0);

    await freshLibrary();
    const report = await applyImport(parsed(serializeBackup(pack), 'pack'), 'skip');
    expect(report.added).toBe(2);
    expect((await listPhrases()).some((p) => p.text === '围绕XX目标，细化措施XX条。')).toBe(true);
  });

  it('names the file after its kind and export day', async () => {
    expect(backupFileName(await exportAll(new Date('2026-03-04T23:00:00Z')))).toBe('report-assistant-backup-2026-03-04.json');
    expect(backupFileName(await exportPack({}, new Date('2026-03-05T01:00:00Z')))).toBe('report-assistant-pack-2026-03-05.json');
  });

  it('importing a backup of the same library changes nothing', async () => {
    await addPhrase({ text: '一句自己的话。' });
    const db = await openLibrary();
    const before = await snapshot(db);
    const file = parsed(serializeBackup(await exportAll()));
    const preview = await previewImport(file);
    expect(preview.phrases.new).toBe(0);
    expect(preview.phrases.conflicts).toEqual([]);
    expect(preview.phrases.identical).toBe(before.phrases.length);
    for (const strategy of ['skip', 'overwrite', 'keepBoth'] as const) {
      await applyImport(file, strategy);
      expect(await snapshot(db)).toEqual(before);
    }
  });
});

describe('import preview and strategies', () => {
  async function conflictingFile() {
    const id = await addPhrase({ text: '本季度完成XX项任务。', category: 'results' });
    await addTemplate({ name: '月度汇报', body: '一、本月工作\n（一）XX' });
    const file = parsed(serializeBackup(await exportAll()));
    file.phrases = [
      { ...file.phrases.find((p) => p.text === '本季度完成XX项任务。')!, category: 'measures', tags: ['季度'], favourite: true },
      { ...file.phrases[0], text: '全新的一句话XX。', defaultId: undefined, source: 'user' },
    ];
    file.templates = [{ ...file.templates.find((t) => t.name === '月度汇报')!, body: '一、别人的版本\n（一）XX' }];
    return { id, file };
  }

  it('the preview tells new, identical and conflicting entries apart', async () => {
    const { file } = await conflictingFile();
    const preview = await previewImport(file);
    expect(preview.phrases).toEqual({ new: 1, identical: 0, conflicts: ['本季度完成XX项任务。'] });
    expect(preview.templates).toEqual({ new: 0, identical: 0, conflicts: ['月度汇报'] });
    expect(preview.kind).toBe('full');
  });

  it('skip keeps what the user has and adds only new entries', async () => {
    const { id, file } = await conflictingFile();
    await applyImport(file, 'skip');
    expect((await listPhrases()).find((p) => p.id === id)).toMatchObject({ category: 'results', favourite: false });
    expect((await listPhrases()).some((p) => p.text === '全新的一句话XX。')).toBe(true);
    expect((await listTemplates()).find((t) => t.name === '月度汇报')!.body).toBe('一、本月工作\n（一）XX');
  });

  it('overwrite replaces conflicting entries in place', async () => {
    const { id, file } = await conflictingFile();
    await applyImport(file, 'overwrite');
    expect((await listPhrases()).find((p) => p.id === id)).toMatchObject({ category: 'measures', tags: ['季度'], favourite: true });
    const templates = (await listTemplates()).filter((t) => t.name.startsWith('月度汇报'));
    expect(templates.map((t) => t.body)).toEqual(['一、别人的版本\n（一）XX']);
  });

  it('keep both keeps the user template and adds the imported one under a new name', async () => {
    const { id, file } = await conflictingFile();
    await applyImport(file, 'keepBoth');
    const templates = (await listTemplates()).filter((t) => t.name.startsWith('月度汇报'));
    expect(templates.map((t) => [t.name, t.body])).toEqual([
      ['月度汇报', '一、本月工作\n（一）XX'],
      ['月度汇报（导入）', '一、别人的版本\n（一）XX'],
    ]);
    expect((await listPhrases()).find((p) => p.id === id)).toMatchObject({ category: 'results', tags: ['季度'], favourite: true });
  });
});

describe('all or nothing', () => {
  it('when a write fails in the middle of an import, nothing of it is kept', async () => {
    const db = await openLibrary();
    await addPhrase({ text: '导入前已有的话。' });
    const file = parsed(serializeBackup(await exportAll()));
    await Promise.all(db.tables.map((t) => t.clear()));
    await addPhrase({ text: '导入前已有的话。', category: 'results' });
    const before = await snapshot(db);

    let created = 0;
    const failAfterTen = () => {
      if (++created > 10) throw new Error('disk full');
    };
    db.phrases.hook('creating', failAfterTen);
    try {
      await expect(applyImport(file, 'overwrite')).rejects.toThrow();
    } finally {
      db.phrases.hook('creating').unsubscribe(failAfterTen);
    }
    expect(created).toBeGreaterThan(10);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('library packs', () => {
  it('a pack holds only the chosen phrases and templates and imports into another library', async () => {
    const a = await addPhrase({ text: '团队共享的一句话XX。', category: 'results' });
    const t = await addTemplate({ name: '团队周报', body: '一、本周工作\n（一）XX' });
    await setFavourite(a, true);
    const pack = await exportPack({ phraseIds: [a], templateIds: [t] });
    const text = serializeBackup(pack);
    expect(pack.kind).toBe('pack');
    expect(pack.settings).toBeUndefined();
    expect(pack.phrases).toHaveLength(1);
    expect(pack.phrases[0].favourite).toBe(false);

    await freshLibrary();
    const preview = await previewImport(parsed(text, 'pack'));
    expect(preview).toMatchObject({ kind: 'pack', phrases: { new: 1 }, templates: { new: 1 }, settingsChanged: [] });
    await applyImport(parsed(text, 'pack'), 'skip');
    expect((await listPhrases()).some((p) => p.text === '团队共享的一句话XX。')).toBe(true);
    expect((await listTemplates()).some((x) => x.name === '团队周报')).toBe(true);
  });

  it('a pack phrase in a category this library lacks lands in 其他', async () => {
    const text = JSON.stringify({
      format: 'report-assistant-backup',
      version: 1,
      kind: 'pack',
      exportedAt: '2026-01-01T00:00:00Z',
      phrases: [{ text: '分类不存在的话。', category: 'nowhere' }],
      templates: [],
    });
    await applyImport(parsed(text, 'pack'), 'skip');
    expect((await listPhrases()).find((p) => p.text === '分类不存在的话。')!.category).toBe('general');
  });
});
