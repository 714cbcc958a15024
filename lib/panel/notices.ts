// One line of feedback at the bottom of the panel: "已复制", errors from storage, write outcomes.
// A notice is kept as an i18n key with its params (or text in both languages), so it is rendered
// in the language shown now; it belongs to the page tab and the view it was raised from.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { LocalizedText } from '../analysis/types';
import { clipText } from '../clip-text';
import { translateLoose, type Language, type MessageKey, type Params, type Translate } from '../i18n/translate';

export type NoticeMessage =
  | { key: MessageKey | string; params?: Params }
  /** Text that carries both languages (library errors); a plain string only for text from elsewhere (an exception's message). */
  | { text: LocalizedText | string };

export type Notice = NoticeMessage & { tone: 'info' | 'error' };

export const NoticeContext = createContext<(notice: Notice) => void>(() => {});

export function useNotify(): (notice: Notice) => void {
  return useContext(NoticeContext);
}

/** The longest notice shown: one line of feedback, never a quoted megabyte. */
export const NOTICE_MAX_CHARS = 300;

/** The notice's words in the language shown now. */
export function noticeText(notice: Notice, t: Translate, language: Language): string {
  const text =
    'key' in notice ? translateLoose(t, notice.key, notice.params) : typeof notice.text === 'string' ? notice.text : notice.text[language];
  return clipText(text, NOTICE_MAX_CHARS);
}

/** A notice for an error: the library's own zh/en text when it has one, else the error's message. */
export function errorNotice(err: unknown): Notice {
  const text = (err as { text?: LocalizedText } | null)?.text;
  if (text && typeof text.zh === 'string' && typeof text.en === 'string') return { text, tone: 'error' };
  return { text: err instanceof Error ? err.message : String(err), tone: 'error' };
}
