import { beforeEach, expect, test } from 'vitest';
import { SAVE_PHRASE_MENU_ID, savePhraseFromMenu } from '../../lib/background/context-menu';
import { listPhrases } from '../../lib/db';
import { freshLibrary } from '../db/helpers';

beforeEach(async () => {
  await freshLibrary();
});

test('"保存为常用语" puts the selected text into the phrase library once', async () => {
  const text = '坚持以人民为中心的发展思想';
  const id = await savePhraseFromMenu({ menuItemId: SAVE_PHRASE_MENU_ID, selectionText: `  ${text}\n` });
  expect(id).not.toBeNull();
  expect(await savePhraseFromMenu({ menuItemId: SAVE_PHRASE_MENU_ID, selectionText: text })).toBe(id);
  const saved = (await listPhrases()).filter((p) => p.text === text);
  expect(saved).toHaveLength(1);
  expect(saved[0].source).toBe('user');
});

test('other menu items, empty and oversized selections save nothing and do not throw', async () => {
  const before = (await listPhrases()).length;
  expect(await savePhraseFromMenu({ menuItemId: 'something-else', selectionText: '内容' })).toBeNull();
  expect(await savePhraseFromMenu({ menuItemId: SAVE_PHRASE_MENU_ID, selectionText: '   ' })).toBeNull();
  expect(await savePhraseFromMenu({ menuItemId: SAVE_PHRASE_MENU_ID })).toBeNull();
  expect(await savePhraseFromMenu({ menuItemId: SAVE_PHRASE_MENU_ID, selectionText: '长'.repeat(1_000_000) })).toBeNull();
  expect((await listPhrases()).length).toBe(before);
});
