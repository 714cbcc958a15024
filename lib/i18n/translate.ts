// The translation machinery with only the reference catalogue (zh), so the side panel's first
// bundle need not carry every language: lib/i18n/index.ts adds the others for synchronous use,
// lib/i18n/load.ts fetches one on demand.
import { zh, type MessageKey } from './zh';

export type { MessageKey };
export type Language = 'zh' | 'en';
export type LanguageSetting = Language | 'auto';
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;
export type Catalogue = Record<MessageKey, string>;

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

/** Translates with `catalogue`, falling back to the reference (zh) text, then to the key. */
export function translatorFor(catalogue: Catalogue): Translate {
  return (key, params) => interpolate(catalogue[key] ?? zh[key] ?? key, params);
}

export const zhTranslator: Translate = translatorFor(zh);

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zh, key);
}

/** For keys that come from elsewhere (e.g. WriteOutcome.messageKey): unknown keys are shown as they are. */
export function translateLoose(t: Translate, key: string, params?: Params): string {
  return isMessageKey(key) ? t(key, params) : key;
}
