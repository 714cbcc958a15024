// Catalogues fetched on demand (the side panel): zh is always at hand, other languages are loaded
// once and then answer synchronously.
import { translatorFor, zhTranslator, type Catalogue, type Language, type Translate } from './translate';

const FETCH: Record<Exclude<Language, 'zh'>, () => Promise<Catalogue>> = {
  en: async () => (await import('./en')).en,
};

const loaded: Partial<Record<Language, Translate>> = { zh: zhTranslator };

/** The language's translator if its catalogue is loaded, else undefined. */
export function loadedTranslator(language: Language): Translate | undefined {
  return loaded[language];
}

export async function loadTranslator(language: Language): Promise<Translate> {
  const ready = loaded[language];
  if (ready) return ready;
  const translate = translatorFor(await FETCH[language as Exclude<Language, 'zh'>]());
  loaded[language] ??= translate;
  return loaded[language];
}
