import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addPhrase,
  deleteLibrary,
  listPhrases,
  onStorageError,
  openLibrary,
  StorageError,
  toStorageError,
  useDatabaseName,
  type StorageErrorKind,
} from '../../lib/db';
import { freshLibrary } from './helpers';

const reported: StorageError[] = [];
onStorageError((e) => reported.push(e));

afterEach(async () => {
  reported.length = 0;
  await deleteLibrary();
});

let n = 0;
const uniqueName = () => `errors-${Date.now()}-${n++}`;

describe('storage errors', () => {
  it('a full disk while saving is reported as a quota error and the call fails', async () => {
    const db = await freshLibrary();
    const quota = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.phrases.hook('creating', quota);
    const error = await addPhrase({ text: '写不进去的话。' }).catch((e) => e);
    db.phrases.hook('creating').unsubscribe(quota);
    expect(error).toBeInstanceOf(StorageError);
    expect(error.kind).toBe('quota');
    expect(error.text.zh).toContain('浏览器存储空间已满');
    expect(reported.map((e) => e.kind)).toEqual(['quota']);
    expect((await listPhrases()).some((p) => p.text === '写不进去的话。')).toBe(false);
  });

  it('a database newer than this extension is reported as a version error', async () => {
    const name = uniqueName();
    const newer = new Dexie(name);
    newer.version(50).stores({ phrases: '++id' });
    await newer.open();
    newer.close();
    useDatabaseName(name);
    const error = await openLibrary().catch((e) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error.kind).toBe('version');
    expect(reported.map((e) => e.kind)).toContain('version');
    await Dexie.delete(name);
  });

  it('an upgrade blocked by an old connection in another tab is reported, and proceeds once it closes', async () => {
    const name = uniqueName();
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 10);
      request.onupgradeneeded = () => request.result.createObjectStore('phrases', { keyPath: 'id', autoIncrement: true });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    useDatabaseName(name);
    const opening = openLibrary();
    await new Promise<void>((resolve) => {
      const stop = onStorageError((e) => {
        if (e.kind === 'blocked') {
          stop();
          resolve();
        }
      });
    });
    expect(reported.some((e) => e.kind === 'blocked' && /另一个标签页/.test(e.text.zh))).toBe(true);
    old.close();
    const db = await opening;
    expect(db.verno).toBe(3);
  });

  it('when another tab upgrades the database, this page closes its connection and says so', async () => {
    const db = await freshLibrary();
    const upgrader = new Dexie(db.name);
    upgrader.version(40).stores({ phrases: '++id' });
    await upgrader.open();
    expect(reported.map((e) => e.kind)).toContain('closed');
    expect(db.isOpen()).toBe(false);
    upgrader.close();
  });

  it('a database deleted under the open page is reported as deleted, not as upgraded by another page', async () => {
    const db = await freshLibrary();
    await Dexie.delete(db.name);
    expect(reported.map((e) => e.kind)).toEqual(['deleted']);
    expect(reported[0].text.zh).toContain('已被删除');
    expect(reported[0].text.zh).not.toContain('升级');
    expect(db.isOpen()).toBe(false);
  });

  it("a bulk write that failed on a full disk says so plainly, without Dexie's operation counts", () => {
    const failures = {
      0: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      1: new DOMException('aborted', 'AbortError'),
    };
    const error = toStorageError(new Dexie.BulkError('bulkAdd(): 49594 of 50000 operations failed', failures));
    expect(error.kind).toBe('quota');
    expect(error.text.zh.startsWith('浏览器存储空间已满')).toBe(true);
    expect(error.text.zh + error.text.en).not.toMatch(/bulkAdd|49594|AbortError/);
  });

  it('a bulk write the browser aborted without a reason is explained in plain words', () => {
    const failures = { 0: new DOMException('aborted', 'AbortError'), 1: new DOMException('aborted', 'AbortError') };
    const error = toStorageError(new Dexie.BulkError('bulkAdd(): 2 of 2 operations failed', failures));
    expect(error.kind).toBe('aborted');
    expect(error.text.zh).toContain('浏览器中止了保存');
    expect(error.text.zh + error.text.en).not.toMatch(/bulkAdd|AbortError/);
  });

  it('an unknown failure quoting a 1 MB value shows only a short head of it', () => {
    const huge = 'X'.repeat(1_000_000);
    const error = toStorageError(new TypeError(`bad value ${huge}`));
    expect(error.kind).toBe('unknown');
    expect(error.text.zh.length).toBeLessThan(300);
    expect(error.text.en.length).toBeLessThan(300);
    expect(error.message.length).toBeLessThan(500);
  });

  it.each<[string, unknown, StorageErrorKind]>([
    ['QuotaExceededError inside a Dexie error', { name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'quota'],
    ['DatabaseClosedError', new Dexie.DatabaseClosedError(), 'closed'],
    ['VersionError', { name: 'VersionError' }, 'version'],
    ['anything else', new TypeError('odd'), 'unknown'],
  ])('%s becomes a %s error', (_name, input, kind) => {
    expect(toStorageError(input).kind).toBe(kind);
  });

  it('a listener that throws does not hide the error from other listeners or the caller', async () => {
    const db = await freshLibrary();
    const stopBad = onStorageError(() => {
      throw new Error('listener bug');
    });
    const quota = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    db.phrases.hook('creating', quota);
    const error = await addPhrase({ text: '又一句写不进去的话。' }).catch((e) => e);
    db.phrases.hook('creating').unsubscribe(quota);
    stopBad();
    expect(error).toBeInstanceOf(StorageError);
    expect(reported.map((e) => e.kind)).toEqual(['quota']);
  });
});
