import type { DefaultCategory } from './types';

export const DEFAULT_CATEGORIES: DefaultCategory[] = [
  { id: 'opening', name: { zh: '开头/导语', en: 'Opening' }, order: 10 },
  { id: 'results', name: { zh: '成效', en: 'Results' }, order: 20 },
  { id: 'problems', name: { zh: '问题', en: 'Problems' }, order: 30 },
  { id: 'causes', name: { zh: '原因', en: 'Causes' }, order: 40 },
  { id: 'measures', name: { zh: '措施/打算', en: 'Measures & plans' }, order: 50 },
  { id: 'closing', name: { zh: '结尾', en: 'Closing' }, order: 60 },
  { id: 'transition', name: { zh: '过渡', en: 'Transitions' }, order: 70 },
  { id: 'party', name: { zh: '党建', en: 'Party building' }, order: 80 },
  { id: 'integrity', name: { zh: '廉洁自律', en: 'Integrity' }, order: 90 },
  { id: 'general', name: { zh: '其他', en: 'Other' }, order: 1000 },
];

export const FALLBACK_CATEGORY = 'general';
