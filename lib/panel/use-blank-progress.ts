import { useEffect, useRef, useState } from 'preact/hooks';
import { blankProgress, type BlankProgress, type BlankTotalStore } from './blank-progress';

/** Progress for one document, remembering its first-seen total across panel sessions. */
export function useBlankProgress(store: BlankTotalStore, url: string | undefined, current: number, onError?: (err: unknown) => void): BlankProgress {
  const [total, setTotal] = useState<{ url: string; total: number } | null>(null);
  // Reads and writes run one after another so a quick edit cannot overwrite a larger total.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    if (!url) return;
    queue.current = queue.current
      .then(() => store.get(url))
      .then(async (stored) => {
        const progress = blankProgress(stored, current);
        if (stored !== progress.total) await store.set(url, progress.total);
        setTotal({ url, total: progress.total });
      })
      .catch((err) => onError?.(err));
  }, [store, url, current]);
  const known = total && total.url === url ? total.total : undefined;
  return blankProgress(known, current);
}
