import { useEffect, useRef, useState } from 'preact/hooks';
import { blankProgress, nextProgress, retractProgress, type BlankProgress, type BlankTotalStore } from './blank-progress';

/**
 * Progress for one document: starts from its stored first-seen total (across panel sessions),
 * then only moves forward while the panel is open (see nextProgress), except for the panel's own undo.
 */
export function useBlankProgress(
  store: BlankTotalStore,
  url: string | undefined,
  current: number,
  onError?: (err: unknown) => void,
): BlankProgress & { retract(count: number): void } {
  const [progress, setProgress] = useState<{ url: string; progress: BlankProgress } | null>(null);
  const latest = useRef(progress);
  // Every update runs in this queue, one after another: a quick edit cannot overwrite a larger
  // total, and an undo cannot be overwritten by an update computed before it.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const update = (forUrl: string, step: (known: BlankProgress | undefined) => Promise<BlankProgress | undefined>) => {
    queue.current = queue.current
      .then(async () => {
        const known = latest.current?.url === forUrl ? latest.current.progress : undefined;
        const next = await step(known);
        if (!next) return;
        latest.current = { url: forUrl, progress: next };
        setProgress(latest.current);
        if (next.total !== known?.total) await store.set(forUrl, next.total);
      })
      .catch((err) => onError?.(err));
  };
  useEffect(() => {
    if (!url) return;
    update(url, async (known) => (known ? nextProgress(known, current) : blankProgress(await store.get(url), current)));
  }, [store, url, current]);
  const known = progress && progress.url === url ? progress.progress : undefined;
  /** The user undid `count` fills from the panel: they are open again, not filled (nor new). */
  const retract = (count: number) => {
    if (url) update(url, async (now) => (now ? retractProgress(now, count) : undefined));
  };
  return { ...(known ? nextProgress(known, current) : blankProgress(undefined, current)), retract };
}
