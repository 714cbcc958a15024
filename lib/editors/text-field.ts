// What counts as a plain-text field the textarea adapter can read: a textarea, or a text/search input
// (not a password box, checkbox or button). No other import: the small content script uses it too.
export type TextField = HTMLTextAreaElement | HTMLInputElement;

const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

export function isTextField(el: Element | null): el is TextField {
  if (!el) return false;
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && TEXT_INPUT_TYPES.has((el as HTMLInputElement).type);
}
