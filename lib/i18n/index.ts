// A tiny typed message catalogue: zh-CN is the reference, en must have the same keys.
import { en } from './en';
import { zh } from './zh';
import { translatorFor, type Catalogue, type Language, type Translate } from './translate';

export * from './translate';

const catalogues: Record<Language, Catalogue> = { zh, en };

export function translator(language: Language): Translate {
  return translatorFor(catalogues[language]);
}
