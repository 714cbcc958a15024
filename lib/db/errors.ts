// Storage failures as typed, presentable errors. Every failure is reported to listeners (the
// panel shows them) and still rethrown to the caller: nothing is swallowed.
import type { LocalizedText } from '../analysis/types';

export type StorageErrorKind = 'quota' | 'version' | 'blocked' | 'closed' | 'unknown';

const MESSAGES: Record<StorageErrorKind, LocalizedText> = {
  quota: {
    zh: '浏览器存储空间不足，无法保存。请导出备份并清理旧数据。',
    en: 'The browser is out of storage space. Export a backup and remove old data.',
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
  unknown: { zh: '本地存储出错。', en: 'Local storage failed.' },
};

export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  readonly text: LocalizedText;
  constructor(kind: StorageErrorKind, cause?: unknown) {
    const detail = cause instanceof Error ? cause.message : cause === undefined ? '' : String(cause);
    super(MESSAGES[kind].en + (detail ? ` (${detail})` : ''), { cause });
    this.name = 'StorageError';
    this.kind = kind;
    this.text = kind === 'unknown' && detail ? { zh: `本地存储出错：${detail}`, en: `Local storage failed: ${detail}` } : MESSAGES[kind];
  }
}

function errorNames(err: unknown): string[] {
  const out: string[] = [];
  let e: any = err;
  for (let i = 0; e && typeof e === 'object' && i < 5; i++) {
    if (typeof e.name === 'string') out.push(e.name);
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

/** Runs a storage operation; a failure is reported and rethrown as a StorageError. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (err) {
    throw reportStorageError(err);
  }
}
