import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { zhTranslator, type Language, type Translate } from '../i18n/translate';

export interface I18nValue {
  language: Language;
  t: Translate;
}

export const I18nContext = createContext<I18nValue>({ language: 'zh', t: zhTranslator });

export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useLanguage(): Language {
  return useContext(I18nContext).language;
}
