// Right-click "保存为常用语": the selected text goes into the phrase library.
import { addPhrase } from '../db/phrases';

export const SAVE_PHRASE_MENU_ID = 'ra-save-phrase';

export function createContextMenu(): void {
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: SAVE_PHRASE_MENU_ID,
      title: browser.i18n.getMessage('menuSavePhrase') || '保存为常用语',
      contexts: ['selection'],
    });
  });
}

export async function savePhraseFromMenu(info: { menuItemId: string | number; selectionText?: string }): Promise<number | null> {
  if (info.menuItemId !== SAVE_PHRASE_MENU_ID) return null;
  const text = info.selectionText?.trim();
  if (!text) return null;
  try {
    return await addPhrase({ text });
  } catch {
    return null;
  }
}
