import Dexie from 'dexie';
import { beforeEach, expect, test } from 'vitest';
import { applyImport, exportAll, getSettings, openLibrary, parseBackup, serializeBackup, useDatabaseName } from '../../lib/db';
import { setProfileEntry, withEntry } from '../../lib/db/profile';
import { STORES_V3 } from '../../lib/db/schema';
import { freshLibrary } from './helpers';

beforeEach(async () => {
  await freshLibrary();
});

test('a library from before 我的信息 opens with an empty profile and keeps its settings', async () => {
  const dbName = `profile-upgrade-${Date.now()}`;
  const old = new Dexie(dbName);
  old.version(3).stores(STORES_V3);
  await old.open();
  await old.table('settings').bulkAdd([{ key: 'language', value: 'en' }]);
  old.close();
  useDatabaseName(dbName);
  await openLibrary();
  expect(await getSettings()).toMatchObject({ language: 'en', profile: [] });
});

test('entries are set, changed and (custom ones) removed; values are trimmed', async () => {
  await setProfileEntry({ key: 'person:reporter', label: '姓名', value: ' 王明 ' });
  await setProfileEntry({ key: 'custom:联系电话', label: '联系电话', value: '0571-1234' });
  await setProfileEntry({ key: 'person:reporter', label: '姓名', value: '李华' });
  expect((await getSettings()).profile).toEqual([
    { key: 'custom:联系电话', label: '联系电话', value: '0571-1234' },
    { key: 'person:reporter', label: '姓名', value: '李华' },
  ]);
  expect(withEntry((await getSettings()).profile, { key: 'custom:联系电话', label: '联系电话', value: '' })).toEqual([
    { key: 'person:reporter', label: '姓名', value: '李华' },
  ]);
});

test('the profile travels in the backup and comes back on import', async () => {
  await setProfileEntry({ key: 'org:unit', label: '单位', value: '青山县发展和改革局' });
  const text = serializeBackup(await exportAll());
  expect(JSON.parse(text).settings.profile).toEqual([{ key: 'org:unit', label: '单位', value: '青山县发展和改革局' }]);
  await freshLibrary();
  const parsed = parseBackup(text, 'full');
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  await applyImport(parsed.value, 'overwrite');
  expect((await getSettings()).profile).toEqual([{ key: 'org:unit', label: '单位', value: '青山县发展和改革局' }]);
});

test('a backup with a malformed profile is rejected', async () => {
  const file = JSON.parse(serializeBackup(await exportAll()));
  file.settings.profile = [{ key: 'org:unit', label: '单位', value: 12 }];
  expect(parseBackup(JSON.stringify(file), 'full').ok).toBe(false);
  file.settings.profile = [{ key: 'org:unit', label: '单位', value: 'x', extra: true }];
  expect(parseBackup(JSON.stringify(file), 'full').ok).toBe(false);
});
