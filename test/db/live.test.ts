import { beforeEach, describe, expect, it } from 'vitest';
import {
  addPhrase,
  deletePhrase,
  observe,
  observeDoc,
  observePhrases,
  observeSettings,
  saveDoc,
  setSetting,
  type Phrase,
} from '../../lib/db';
import { freshLibrary } from './helpers';

beforeEach(async () => {
  await freshLibrary();
});

/** Collects values pushed by an observer and lets a test wait for one that matches. */
function recorder<T>() {
  const values: T[] = [];
  let waiting: { test: (v: T) => boolean; resolve: (v: T) => void } | null = null;
  return {
    values,
    push(value: T) {
      values.push(value);
      if (waiting?.test(value)) {
        waiting.resolve(value);
        waiting = null;
      }
    },
    next(test: (v: T) => boolean): Promise<T> {
      const found = values.find(test);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve) => (waiting = { test, resolve }));
    },
  };
}

describe('live views', () => {
  it('an open phrase list updates when a phrase is added or deleted elsewhere', async () => {
    const seen = recorder<Phrase[]>();
    const stop = observePhrases(seen.push);
    const first = await seen.next((v) => v.length > 0);
    const id = await addPhrase({ text: '刚刚添加的一句话。' });
    await seen.next((v) => v.length === first.length + 1 && v.some((p) => p.text === '刚刚添加的一句话。'));
    await deletePhrase(id);
    await seen.next((v) => v.length === first.length);
    stop();
  });

  it('settings and per-document views follow writes', async () => {
    const settings = recorder<{ language: string }>();
    const stopSettings = observeSettings(settings.push);
    await settings.next((s) => s.language === 'auto');
    await setSetting('language', 'en');
    await settings.next((s) => s.language === 'en');
    stopSettings();

    const doc = recorder<{ firstSeenBlanks?: number } | undefined>();
    const stopDoc = observeDoc('https://example.com/report#part2', doc.push);
    await doc.next((d) => d === undefined);
    await saveDoc('https://example.com/report', { firstSeenBlanks: 40 });
    await doc.next((d) => d?.firstSeenBlanks === 40);
    stopDoc();
  });

  it('a stopped view receives nothing more', async () => {
    const seen = recorder<number>();
    const stop = observe((db) => db.phrases.count(), seen.push);
    const count = await seen.next(() => true);
    stop();
    await addPhrase({ text: '停止后添加。' });
    await addPhrase({ text: '再添加一条。' });
    expect(seen.values.every((v) => v === count)).toBe(true);
  });

  it('a failing query reaches the error callback instead of vanishing', async () => {
    const error = await new Promise<{ kind: string; text: { zh: string } }>((resolve) => {
      observe(
        () => {
          throw new Error('boom');
        },
        () => {},
        resolve,
      );
    });
    expect(error.kind).toBe('unknown');
    expect(error.text.zh).toContain('boom');
  });
});
