import { useEffect, useState } from 'preact/hooks';
import { blankProgress, type BlankProgress, type BlankTotalStore } from './blank-progress';

/** Progress for one document, remembering its first-seen total across panel sessions. */
export function useBlankProgress(store: BlankTotalStore, url: string | undefined, current: number, onError?: (err: unknown) => void): BlankProgress {
  const [firstSeen, setFirstSeen] = useState<{ url: string; total: number } | null>(null);
  useEffect(() => {
    if (!url) return;
    let alive = true;
    store.get(url).then(
      (stored) => {
        if (!alive) return;
        const progress = blankProgress(stored, current);
        setFirstSeen({ url, total: progress.total });
        if (stored !== progress.total) store.set(url, progress.total).catch((e) => onError?.(e));
      },
      (err) => onError?.(err),
    );
    return () => {
      alive = false;
    };
  }, [store, url, current]);
  return blankProgress(firstSeen && firstSeen.url === url ? firstSeen.total : undefined, current);
}
