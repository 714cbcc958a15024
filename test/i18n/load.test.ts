// The side panel's first bundle carries only the Chinese catalogue; English is fetched on demand and
// then translates exactly as the synchronous translator does.
import { expect, test } from 'vitest';
import { loadedTranslator, loadTranslator } from '@/lib/i18n/load';
import { translator } from '@/lib/i18n';
import { zh, type MessageKey } from '@/lib/i18n/zh';

const keys = Object.keys(zh) as MessageKey[];

test('Chinese is at hand at once; English only after it is fetched, then for good', async () => {
  expect(loadedTranslator('zh')?.('app.name')).toBe('报告助手');
  expect(loadedTranslator('en')).toBeUndefined();
  const en = await loadTranslator('en');
  expect(loadedTranslator('en')).toBe(en);
  expect(await loadTranslator('en')).toBe(en);
});

test.each(['zh', 'en'] as const)('the fetched %s translator says what translator() says, for every key', async (language) => {
  const loaded = await loadTranslator(language);
  const reference = translator(language);
  for (const key of keys) expect(loaded(key, { n: 3, name: 'x' })).toBe(reference(key, { n: 3, name: 'x' }));
});
