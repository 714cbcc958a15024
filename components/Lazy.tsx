import { h, type ComponentType, type FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '@/lib/panel/i18n-context';

export type LazyComponent<P> = FunctionComponent<P> & {
  /** Fetches the code now (idempotent); resolves when the component can render. */
  preload(): Promise<unknown>;
};

/**
 * A component whose code is fetched on its first render or preload(), so it stays out of the side
 * panel's first bundle. Until it arrives a loading line shows (or nothing, for `quiet` parts that are
 * usually hidden); a failed fetch (e.g. the extension was updated while the panel was open and the old
 * chunk is gone) says so instead of an empty panel.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  options: { quiet?: boolean } = {},
): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (err) => {
        pending = null;
        throw err;
      },
    );
    return pending;
  };
  // biome-ignore lint/correctness/noComponentHookFactories: called once per part at module level (like preact/compat's lazy), so the component is stable
  function Lazy(props: P) {
    const t = useT();
    const [, setReady] = useState(false);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let alive = true;
      preload().then(
        () => alive && setReady(true),
        () => alive && setFailed(true),
      );
      return () => {
        alive = false;
      };
    }, []);
    if (loaded) return h(loaded, props);
    if (failed)
      return (
        <p class="warn" role="alert">
          {t('app.loadFailed')}
        </p>
      );
    return options.quiet ? null : (
      <p class="muted" aria-busy="true" data-testid="view-loading">
        {t('app.loadingView')}
      </p>
    );
  }
  return Object.assign(Lazy, { preload });
}

/** Fetches the given lazy parts once the page is idle, so switching to them later shows no loading line. */
export function preloadWhenIdle(parts: { preload(): Promise<unknown> }[]): () => void {
  const run = () => {
    for (const part of parts) part.preload().catch(() => {});
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}
