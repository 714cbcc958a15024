import type { LocalizedText } from '../analysis/types';
import type { Language } from '../i18n';

/** Library errors carry their own zh/en text; anything else shows its message. */
export function errorText(err: unknown, language: Language): string {
  const text = (err as { text?: LocalizedText } | null)?.text;
  if (text && typeof text.zh === 'string') return text[language];
  return err instanceof Error ? err.message : String(err);
}
