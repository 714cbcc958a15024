// The library (Dexie and its repositories, ~30 KB gz) stays out of the side panel's first bundle:
// the panel shell reaches it through these wrappers, which fetch the code on first use.
import type { BlankTotalStore } from './blank-progress';
import type { SettingKey, Settings } from '../db/types';

type Subscribe<T> = (onValue: (value: T) => void, onError?: (error: unknown) => void) => () => void;

/** A subscription whose code is fetched when it is first subscribed to; unsubscribing early cancels it. */
export function lazySubscription<T>(load: () => Promise<Subscribe<T>>): Subscribe<T> {
  return (onValue, onError) => {
    let stopped = false;
    let stop: (() => void) | null = null;
    load().then(
      (subscribe) => {
        if (!stopped) stop = subscribe(onValue, onError);
      },
      (err) => !stopped && onError?.(err),
    );
    return () => {
      stopped = true;
      stop?.();
    };
  };
}

export const observeSettings = lazySubscription<Settings>(async () => (await import('../db/live')).observeSettings);

export async function setSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  await (await import('../db/settings')).setSetting(key, value);
}

/** First-seen blank totals per document (lib/db/docs `blankTotals`). */
export const blankTotals: BlankTotalStore = {
  get: async (url) => (await import('../db/docs')).blankTotals.get(url),
  set: async (url, total) => (await import('../db/docs')).blankTotals.set(url, total),
};
