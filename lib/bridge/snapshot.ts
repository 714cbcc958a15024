// The content-script side of a bridge adapter: the last text the bridge delivered, kept so that
// readText() stays synchronous, with the adapter's change and layout listeners.
import type { ChangeEvent } from '../editors/adapter';

export class BridgeSnapshot {
  private current = '';
  private readonly changeListeners = new Set<(change: ChangeEvent) => void>();
  private readonly layoutListeners = new Set<() => void>();

  get text(): string {
    return this.current;
  }

  /** Takes a new text from the bridge; tells the listeners when it differs. */
  update(text: string): boolean {
    if (typeof text !== 'string' || text === this.current) return false;
    this.current = text;
    for (const listener of this.changeListeners) listener({ composing: false });
    return true;
  }

  /** The adapter's mode or features changed (e.g. the site went degraded): the state is published again. */
  infoChanged(): void {
    for (const listener of this.changeListeners) listener({ composing: false, info: true });
  }

  /** The page re-laid out the same text (scrolled tiles, zoom, re-render): highlights must be re-measured. */
  layoutChanged(): void {
    for (const listener of this.layoutListeners) listener();
  }

  observe(listener: (change: ChangeEvent) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  observeLayout(listener: () => void): () => void {
    this.layoutListeners.add(listener);
    return () => this.layoutListeners.delete(listener);
  }

  /**
   * Re-reads through the bridge until `took(text)` holds (a write has landed in the page's model),
   * keeping the snapshot current; false when it never does. (Google Docs' bridge confirms on its
   * own side and returns the text instead, which saves a round trip.)
   */
  async confirm(read: () => Promise<string>, took: (text: string) => boolean, attempts = 10, intervalMs = 40): Promise<boolean> {
    for (let i = 0; i < attempts; i++) {
      try {
        const text = await read();
        this.update(text);
        if (took(text)) return true;
      } catch {
        // a busy page: try again
      }
      await new Promise((ok) => setTimeout(ok, intervalMs));
    }
    return false;
  }

  dispose(): void {
    this.changeListeners.clear();
    this.layoutListeners.clear();
  }
}
