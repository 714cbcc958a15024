// A library the browser emptied is noticed, not re-seeded, refuses writes, and comes back from
// the automatic backup.
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addPhrase,
  closeLibrary,
  deleteLibrary,
  getSettings,
  listPhrases,
  listTemplates,
  observeLibraryLoss,
  openLibrary,
  restoreAutoBackup,
  setSetting,
  startAfresh,
  StorageError,
  type LibraryLoss,
} from '../../lib/db';
import { libraryName } from '../../lib/db/connection';
import { readAutoBackup } from '../../lib/db/auto-backup';
import { META_MARKER, META_PERSIST_ASKED, requestPersistenceOnce, takeAutoBackup } from '../../lib/db/library-health';
import { DEFAULT_PHRASES } from '../../lib/library';
import { freshLibrary } from './helpers';

const OWN = '本年度牵头完成XX项专项整治（资料库丢失测试）。';

afterEach(async () => {
  await deleteLibrary();
});

function lossNow(): LibraryLoss | null {
  let seen: LibraryLoss | null = null;
  observeLibraryLoss((l) => (seen = l))();
  return seen;
}

/** A library with the user's own phrase and setting, backed up, then deleted as the browser would. */
async function lostLibrary() {
  const db = await freshLibrary();
  await addPhrase({ text: OWN });
  await setSetting('language', 'en');
  await takeAutoBackup(db, libraryName());
  closeLibrary();
  await Dexie.delete(libraryName());
}

describe('an emptied library', () => {
  it('a healthy library is not reported lost and is copied to the automatic backup', async () => {
    const db = await freshLibrary();
    await addPhrase({ text: OWN });
    await takeAutoBackup(db, libraryName());
    expect(lossNow()).toBeNull();
    const backup = await readAutoBackup(libraryName());
    expect(backup?.file.phrases.some((p) => p.text === OWN)).toBe(true);
  });

  it('is reported on open with what the backup holds, and is not re-seeded with defaults', async () => {
    await lostLibrary();
    await openLibrary();
    const loss = lossNow();
    expect(loss).not.toBeNull();
    expect(loss!.backup.phrases).toBe(DEFAULT_PHRASES.length + 1);
    expect(await listPhrases()).toEqual([]);
    expect(await listTemplates()).toEqual([]);
  });

  it('refuses saves with a message instead of reporting them saved', async () => {
    await lostLibrary();
    const error = await addPhrase({ text: '丢失后写入的常用语。' }).catch((e) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error.kind).toBe('emptied');
    expect(error.text.zh).toContain('资料库已被清空');
    expect(await listPhrases()).toEqual([]);
  });

  it('is restored from the automatic backup: phrases and settings come back, writes work again', async () => {
    await lostLibrary();
    await openLibrary();
    const report = await restoreAutoBackup();
    expect(report.phrases).toBe(DEFAULT_PHRASES.length + 1);
    expect(lossNow()).toBeNull();
    const phrases = await listPhrases();
    expect(phrases.some((p) => p.text === OWN)).toBe(true);
    expect(phrases.length).toBe(DEFAULT_PHRASES.length + 1);
    expect((await getSettings()).language).toBe('en');
    await addPhrase({ text: '恢复后写入的常用语。' });
    // Reopening finds a healthy library: the restore left its marker.
    closeLibrary();
    await openLibrary();
    expect(lossNow()).toBeNull();
    expect((await listPhrases()).some((p) => p.text === '恢复后写入的常用语。')).toBe(true);
  });

  it('can be started afresh with the defaults when the user chooses to', async () => {
    await lostLibrary();
    await openLibrary();
    await startAfresh();
    expect(lossNow()).toBeNull();
    const phrases = await listPhrases();
    expect(phrases.length).toBe(DEFAULT_PHRASES.length);
    expect(phrases.some((p) => p.text === OWN)).toBe(false);
  });

  it('a library from before the marker existed (no automatic backup yet) opens healthy and is marked', async () => {
    const db = await freshLibrary();
    await addPhrase({ text: OWN });
    await db.meta.delete(META_MARKER);
    closeLibrary();
    const reopened = await openLibrary();
    expect(lossNow()).toBeNull();
    expect(await reopened.meta.get(META_MARKER)).toBeDefined();
    expect((await listPhrases()).some((p) => p.text === OWN)).toBe(true);
  });
});

describe('storage persistence', () => {
  it('is asked for once per library, not on every open', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { ...globalThis.navigator, storage: { persist } });
    try {
      const db = await freshLibrary();
      await vi.waitFor(async () => expect(await db.meta.get(META_PERSIST_ASKED)).toBeDefined());
      closeLibrary();
      await requestPersistenceOnce(await openLibrary());
      expect(persist).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
