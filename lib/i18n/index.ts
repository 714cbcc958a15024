// A tiny typed message catalogue: zh-CN is the reference, en must have the same keys.
import { en } from './en';
import { zh, type MessageKey } from './zh';

export type { MessageKey };
export type Language = 'zh' | 'en';
export type LanguageSetting = Language | 'auto';
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const catalogues: Record<Language, Record<MessageKey, string>> = { zh, en };

export function resolveLanguage(setting: LanguageSetting | undefined, browserLanguage?: string): Language {
  if (setting === 'zh' || setting === 'en') return setting;
  const lang = (browserLanguage ?? '').toLowerCase();
  if (lang.startsWith('en')) return 'en';
  return 'zh';
}

function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(language: Language): Translate {
  const catalogue = catalogues[language];
  return (key, params) => interpolate(catalogue[key] ?? zh[key] ?? key, params);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zh, key);
}

/** For keys that come from elsewhere (e.g. WriteOutcome.messageKey): unknown keys are shown as they are. */
export function translateLoose(t: Translate, key: string, params?: Params): string {
  return isMessageKey(key) ? t(key, params) : key;
}
