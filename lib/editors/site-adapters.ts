// Site adapters that live in their site's own content script (entrypoints/<site>.content.ts,
// matching only that site's hosts) instead of the content script every page loads: the site
// script registers its factory here at document_start, and detection on that page tries it first.
// Content scripts of one extension share their isolated world's global object in a frame (the
// page cannot see it), so the list is kept there.
import type { AdapterFactory } from './adapter';

const KEY = '__reportAssistantSiteAdapters';
type Holder = { [KEY]?: AdapterFactory[] };

export function registerSiteAdapter(factory: AdapterFactory): void {
  const holder = globalThis as Holder;
  (holder[KEY] ??= []).push(factory);
}

export function siteAdapters(): AdapterFactory[] {
  return (globalThis as Holder)[KEY] ?? [];
}
