// The live DocState of the bound page: pushed by `stateChanged`, polled with `getState` as a
// fallback (content script not ready yet, a missed broadcast, a page reload).
import { useEffect, useState } from 'preact/hooks';
import type { DocState } from '../protocol';
import type { PageLink } from './page-link';

export const POLL_MS = 1500;

export interface DocStateView {
  state: DocState | null;
  /** True until the first answer (or failure) from the page. */
  loading: boolean;
  /** True when the page did not answer (no content script there). */
  unreachable: boolean;
}

export function useDocState(link: PageLink | null, pollMs = POLL_MS): DocStateView {
  const [view, setView] = useState<DocStateView>({ state: null, loading: true, unreachable: false });
  useEffect(() => {
    if (!link) {
      setView({ state: null, loading: false, unreachable: true });
      return;
    }
    let alive = true;
    setView({ state: null, loading: true, unreachable: false });
    const accept = (state: DocState | null) => {
      if (!alive) return;
      setView((prev) => {
        const same =
          prev.state &&
          state &&
          prev.state.version === state.version &&
          prev.state.url === state.url &&
          prev.state.frame?.frameId === state.frame?.frameId &&
          prev.state.caret === state.caret;
        if (same && !prev.loading) return prev;
        return { state, loading: false, unreachable: false };
      });
    };
    const poll = () =>
      link.getState().then(accept, () => {
        if (alive) setView((prev) => (prev.unreachable && !prev.loading ? prev : { state: prev.state, loading: false, unreachable: true }));
      });
    void poll();
    const timer = setInterval(poll, pollMs);
    const unsubscribe = link.onStateChanged(accept);
    return () => {
      alive = false;
      clearInterval(timer);
      unsubscribe();
    };
  }, [link, pollMs]);
  return view;
}
