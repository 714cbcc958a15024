// Per-document state, keyed by the page URL without its hash.
import { openLibrary } from './connection';
import { guarded } from './errors';
import type { DocRecord } from './types';

/** Per-document records kept; beyond this the least recently updated are dropped. */
export const MAX_DOCS = 500;

export function docKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export async function getDoc(url: string): Promise<DocRecord | undefined> {
  return guarded(async () => (await openLibrary()).docs.get(docKey(url)));
}

export type DocChanges = Partial<Omit<DocRecord, 'url' | 'updatedAt'>>;

/** Merges changes into the document's record (creating it), `filled` values key by key. */
export async function saveDoc(url: string, changes: DocChanges, now = Date.now()): Promise<DocRecord> {
  return guarded(async () => {
    const db = await openLibrary();
    return db.transaction('rw', db.docs, async () => {
      const key = docKey(url);
      const count = await db.docs.count();
      // Trim in batches so a save does not pay for a delete every time.
      if (count >= MAX_DOCS + 50)
        await db.docs
          .orderBy('updatedAt')
          .limit(count - MAX_DOCS + 1)
          .delete();
      const old = await db.docs.get(key);
      const record: DocRecord = {
        url: key,
        filled: { ...old?.filled, ...changes.filled },
        firstSeenBlanks: changes.firstSeenBlanks ?? old?.firstSeenBlanks,
        outlineSummary: changes.outlineSummary ?? old?.outlineSummary,
        updatedAt: now,
      };
      await db.docs.put(record);
      return record;
    });
  });
}

export async function forgetDoc(url: string): Promise<void> {
  await guarded(async () => {
    await (await openLibrary()).docs.delete(docKey(url));
  });
}

/** The shape the panel's blank progress uses: first-seen blank totals per document. */
export const blankTotals = {
  get: async (url: string) => (await getDoc(url))?.firstSeenBlanks,
  set: async (url: string, total: number) => void (await saveDoc(url, { firstSeenBlanks: total })),
};
