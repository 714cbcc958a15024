import type { LocalizedText } from '../analysis/types';

/** Bad input from the user (empty text, too long …): shown as is, nothing is written. */
export class LibraryInputError extends Error {
  readonly text: LocalizedText;
  constructor(text: LocalizedText) {
    super(text.en);
    this.name = 'LibraryInputError';
    this.text = text;
  }
}

export function requireText(value: string, max: number, what: LocalizedText): string {
  const text = value.replace(/\r\n?/g, '\n').trim();
  if (!text) throw new LibraryInputError({ zh: `${what.zh}不能为空。`, en: `${what.en} must not be empty.` });
  if (text.length > max)
    throw new LibraryInputError({
      zh: `${what.zh}过长（${text.length} 字，上限 ${max} 字）。`,
      en: `${what.en} is too long (${text.length} characters, limit ${max}).`,
    });
  return text;
}
