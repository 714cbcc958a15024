// Live views over the library: every open view re-runs its query when the tables it read change
// (also across extension pages). Preact-free; the panel wraps `observe` in a hook.
import { liveQuery } from 'dexie';
import { openLibrary } from './connection';
import { reportStorageError, type StorageError } from './errors';
import type { LibraryDb } from './schema';
import { readSettings } from './settings';
import { docKey } from './docs';
import type { Category, DocRecord, Phrase, Settings, Template, Usage } from './types';

export type Unsubscribe = () => void;

/** Runs `query` now and after every change to what it read; returns a function that stops it. */
export function observe<T>(
  query: (db: LibraryDb) => Promise<T> | T,
  onValue: (value: T) => void,
  onError?: (error: StorageError) => void,
): Unsubscribe {
  let stopped = false;
  let unsubscribe: Unsubscribe = () => {};
  const fail = (err: unknown) => {
    const error = reportStorageError(err);
    if (!stopped) onError?.(error);
  };
  openLibrary().then((db) => {
    if (stopped) return;
    // async: a query that throws synchronously becomes a rejection the observer's error sees.
    const subscription = liveQuery(async () => query(db)).subscribe({ next: (v) => !stopped && onValue(v), error: fail });
    unsubscribe = () => subscription.unsubscribe();
  }, fail);
  return () => {
    stopped = true;
    unsubscribe();
  };
}

type OnError = (error: StorageError) => void;

export const observePhrases = (onValue: (v: Phrase[]) => void, onError?: OnError) =>
  observe((db) => db.phrases.toArray(), onValue, onError);
export const observeTemplates = (onValue: (v: Template[]) => void, onError?: OnError) =>
  observe((db) => db.templates.toArray(), onValue, onError);
export const observeCategories = (onValue: (v: Category[]) => void, onError?: OnError) =>
  observe((db) => db.categories.orderBy('order').toArray(), onValue, onError);
export const observeUsage = (onValue: (v: Usage[]) => void, onError?: OnError) => observe((db) => db.usage.toArray(), onValue, onError);
export const observeSettings = (onValue: (v: Settings) => void, onError?: OnError) => observe((db) => readSettings(db), onValue, onError);
export const observeDoc = (url: string, onValue: (v: DocRecord | undefined) => void, onError?: OnError) =>
  observe((db) => db.docs.get(docKey(url)), onValue, onError);
