import { useEffect, useRef, useState } from 'preact/hooks';
import { blankProgress, nextProgress, retractProgress, type BlankProgress, type BlankTotalStore } from './blank-progress';

/**
 * Progress for one document: starts from its stored first-seen total (across panel sessions),
 * then only moves forward while the panel is open (see nextProgress).
 */
export function useBlankProgress(
  store: BlankTotalStore,
  url: string | undefined,
  current: number,
  onError?: (err: unknown) => void,
): BlankProgress & { retract(count: number): void } {
  const [progress, setProgress] = useState<{ url: string; progress: BlankProgress } | null>(null);
  const latest = useRef(progress);
  latest.current = progress;
  // Reads and writes run one after another so a quick edit cannot overwrite a larger total.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    if (!url) return;
    queue.current = queue.current
      .then(async () => {
        const known = latest.current?.url === url ? latest.current.progress : undefined;
        const next = known ? nextProgress(known, current) : blankProgress(await store.get(url), current);
        if (next.total !== known?.total) await store.set(url, next.total);
        latest.current = { url, progress: next };
        setProgress(latest.current);
      })
      .catch((err) => onError?.(err));
  }, [store, url, current]);
  const known = progress && progress.url === url ? progress.progress : undefined;
  /** The user undid `count` fills from the panel: they are open again, not filled (nor new). */
  const retract = (count: number) => {
    const now = latest.current;
    if (!now || now.url !== url) return;
    const next = retractProgress(now.progress, count);
    latest.current = { url, progress: next };
    setProgress(latest.current);
    queue.current = queue.current.then(() => store.set(url, next.total)).catch((err) => onError?.(err));
  };
  return { ...(known ? nextProgress(known, current) : blankProgress(undefined, current)), retract };
}
