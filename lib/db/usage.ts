// Usage repository: when and how often each phrase was inserted (drives "recent" and ranking).
import { openLibrary } from './connection';
import { guarded } from './errors';
import type { Phrase, Usage } from './types';

export async function recordUse(phraseId: number, now = Date.now()): Promise<void> {
  await guarded(async () => {
    const db = await openLibrary();
    await db.transaction('rw', db.usage, async () => {
      const usage = await db.usage.get(phraseId);
      await db.usage.put({ phraseId, lastUsedAt: now, count: (usage?.count ?? 0) + 1 });
    });
  });
}

export async function listUsage(): Promise<Usage[]> {
  return guarded(async () => (await openLibrary()).usage.toArray());
}

/** Most recently used phrases, newest first. */
export async function listRecentPhrases(limit = 20): Promise<Phrase[]> {
  return guarded(async () => {
    const db = await openLibrary();
    const recent = await db.usage.orderBy('lastUsedAt').reverse().limit(limit).toArray();
    const phrases = await db.phrases.bulkGet(recent.map((u) => u.phraseId));
    return phrases.filter((p): p is Phrase => p !== undefined);
  });
}
