// Storage failures as typed, presentable errors. Every failure is reported to listeners (the
// panel shows them) and still rethrown to the caller: nothing is swallowed.
import type { LocalizedText } from '../analysis/types';
import { clipText } from '../clip-text';
import { LibraryInputError } from './input-error';

export type StorageErrorKind = 'quota' | 'version' | 'blocked' | 'closed' | 'deleted' | 'emptied' | 'aborted' | 'unknown';

const MESSAGES: Record<StorageErrorKind, LocalizedText> = {
  quota: {
    zh: '浏览器存储空间已满，刚才的更改没有保存。请清理磁盘或浏览器数据后重试，并导出备份。',
    en: 'The browser storage is full; the last change was not saved. Free disk or browser space, try again and export a backup.',
  },
  version: {
    zh: '本地数据库版本比当前扩展更新，请更新报告助手。',
    en: 'The local database is newer than this extension. Please update Report Assistant.',
  },
  blocked: {
    zh: '另一个标签页中的报告助手正在使用旧版本数据库，请关闭其他报告助手页面后重试。',
    en: 'Report Assistant is open with an older database in another tab. Close it and try again.',
  },
  closed: {
    zh: '数据库已被另一个页面升级并关闭，请重新打开此页面。',
    en: 'The database was upgraded by another page and closed here. Please reopen this page.',
  },
  deleted: {
    zh: '本地资料库已被删除（可能是浏览器清理了存储空间），更改没有保存。请重新打开此页面。',
    en: 'The local library was deleted (the browser may have cleared its storage); changes were not saved. Please reopen this page.',
  },
  emptied: {
    zh: '资料库已被清空，在您选择恢复备份或重新开始之前不会保存任何更改。',
    en: 'The library was emptied. Nothing is saved until you restore the backup or start afresh.',
  },
  aborted: {
    zh: '浏览器中止了保存，更改没有保存。最常见的原因是存储空间已满：请清理磁盘或浏览器数据后重试。',
    en: 'The browser aborted the save; the change was not saved. The usual cause is full storage: free disk or browser space and try again.',
  },
  unknown: { zh: '本地存储出错。', en: 'Local storage failed.' },
};

export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  readonly text: LocalizedText;
  constructor(kind: StorageErrorKind, cause?: unknown) {
    // Error messages can quote the failing value (a 1 MB text): only a short head is kept.
    const detail = clipText(cause instanceof Error ? cause.message : cause === undefined ? '' : String(cause), 160);
    super(MESSAGES[kind].en + (detail ? ` (${detail})` : ''), { cause });
    this.name = 'StorageError';
    this.kind = kind;
    this.text = kind === 'unknown' && detail ? { zh: `本地存储出错：${detail}`, en: `Local storage failed: ${detail}` } : MESSAGES[kind];
  }
}

/** Names along the error's causes, and of the first failures of a Dexie bulk operation. */
function errorNames(err: unknown, depth = 0): string[] {
  const out: string[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: any thrown value, each field is checked before use
  let e: any = err;
  for (let i = 0; e && typeof e === 'object' && i < 5; i++) {
    if (typeof e.name === 'string') out.push(e.name);
    // BulkError: "bulkAdd(): 49594 of 50000 operations failed"; the reason is in its failures.
    const failures = e.failures ?? e.failuresByPos;
    if (depth < 2 && failures && typeof failures === 'object') {
      for (const failure of Object.values(failures).slice(0, 20)) out.push(...errorNames(failure, depth + 1));
    }
    e = e.inner ?? e.cause;
  }
  return out;
}

export function toStorageError(err: unknown): StorageError {
  if (err instanceof StorageError) return err;
  const names = errorNames(err);
  if (names.includes('QuotaExceededError')) return new StorageError('quota', err);
  if (names.includes('VersionError')) return new StorageError('version', err);
  if (names.includes('BlockedError') || names.includes('VersionChangeError')) return new StorageError('blocked', err);
  if (names.includes('DatabaseClosedError')) return new StorageError('closed', err);
  // A transaction the browser aborted without a more specific reason (bulk writes on a full disk).
  if (names.includes('AbortError')) return new StorageError('aborted', err);
  return new StorageError('unknown', err);
}

type Listener = (error: StorageError) => void;
const listeners = new Set<Listener>();

/** Subscribe to storage failures (quota, blocked upgrades, closed by another tab …). */
export function onStorageError(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportStorageError(err: unknown): StorageError {
  const error = toStorageError(err);
  for (const listener of listeners) {
    try {
      listener(error);
    } catch {
      // A failing listener must not hide the error from the others or from the caller.
    }
  }
  return error;
}

/**
 * Runs a storage operation; a failure is reported and rethrown as a StorageError. A refusal the
 * operation itself decided (LibraryInputError: a conflict, a duplicate) goes to the caller as is.
 */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (err) {
    if (err instanceof LibraryInputError) throw err;
    throw reportStorageError(err);
  }
}
