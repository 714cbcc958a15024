// Shipped default content. Bump DEFAULTS_VERSION when adding defaults, and give new entries
// `since: DEFAULTS_VERSION`: existing libraries then receive them without losing user edits.
import { DEFAULT_CATEGORIES } from './categories';
import { DEFAULT_PHRASES } from './phrases';
import { DEFAULT_TEMPLATES } from './templates';
import type { DefaultSet } from './types';

export const DEFAULTS_VERSION = 1;

export const SHIPPED_DEFAULTS: DefaultSet = {
  version: DEFAULTS_VERSION,
  categories: DEFAULT_CATEGORIES,
  phrases: DEFAULT_PHRASES,
  templates: DEFAULT_TEMPLATES,
};

export { DEFAULT_CATEGORIES, DEFAULT_PHRASES, DEFAULT_TEMPLATES };
export { FALLBACK_CATEGORY } from './categories';
export type { DefaultCategory, DefaultPhrase, DefaultSet, DefaultTemplate } from './types';
