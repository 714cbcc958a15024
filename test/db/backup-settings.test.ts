// Settings in a backup: the preview names each one, and the chosen strategy decides whether
// they are applied ("keep mine" keeps the user's settings).
import { beforeEach, describe, expect, it } from 'vitest';
import {
  applyImport,
  exportAll,
  getSettings,
  parseBackup,
  previewImport,
  setSetting,
  setSiteEnabled,
  type ImportStrategy,
  type ParsedBackup,
} from '../../lib/db';
import { setProfileEntry } from '../../lib/db/profile';
import { freshLibrary } from './helpers';

beforeEach(async () => {
  await freshLibrary();
});

const SITE = 'https://docs.example.com';

/** A backup from a colleague's profile: one site switched off, highlights off, English, one more 我的信息 entry. */
async function theirBackup(): Promise<ParsedBackup> {
  const file = await exportAll();
  file.settings = {
    ...file.settings,
    language: 'en',
    highlightsEnabled: false,
    sites: { [SITE]: false },
    profile: [
      { key: 'org:unit', label: '单位', value: '白沙镇人民政府' },
      { key: 'person:reporter', label: '姓名', value: '赵敏' },
    ],
  };
  const parsed = parseBackup(JSON.stringify(file), 'full');
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return parsed.value;
}

async function mySettings() {
  await setSetting('language', 'zh');
  await setSiteEnabled('https://other.example.org', false);
  await setProfileEntry({ key: 'org:unit', label: '单位', value: '青山县发展和改革局' });
}

describe('settings in an imported backup', () => {
  it('the preview lists every settings change, even when no phrase or template differs', async () => {
    await mySettings();
    const preview = await previewImport(await theirBackup());
    expect(preview.phrases.new + preview.phrases.conflicts.length).toBe(0);
    expect(preview.settings).toEqual(
      expect.arrayContaining([
        { key: 'language', from: 'zh', to: 'en' },
        { key: 'highlightsEnabled', from: true, to: false },
        { key: 'site', origin: SITE, from: true, to: false },
        { key: 'profile', changed: 1, added: 1 },
      ]),
    );
    expect(preview.settings).toHaveLength(4);
  });

  it.each<ImportStrategy>(['skip', 'keepBoth'])('"%s" keeps the user\'s language, highlights and site switches', async (strategy) => {
    await mySettings();
    await applyImport(await theirBackup(), strategy);
    const now = await getSettings();
    expect(now.language).toBe('zh');
    expect(now.highlightsEnabled).toBe(true);
    expect(now.sites[SITE]).toBeUndefined();
    expect(now.profile.find((e) => e.key === 'org:unit')!.value).toBe('青山县发展和改革局');
    // Keeping both adds only what the user does not have.
    expect(now.profile.some((e) => e.key === 'person:reporter')).toBe(strategy === 'keepBoth');
  });

  it('"overwrite" applies every setting in the backup and keeps the user\'s other site switches', async () => {
    await mySettings();
    await applyImport(await theirBackup(), 'overwrite');
    const now = await getSettings();
    expect(now.language).toBe('en');
    expect(now.highlightsEnabled).toBe(false);
    expect(now.sites).toEqual({ 'https://other.example.org': false, [SITE]: false });
    expect(now.profile.find((e) => e.key === 'org:unit')!.value).toBe('白沙镇人民政府');
  });
});
