import { definePhrases } from './define';
import type { DefaultPhrase } from './types';

export const DEFAULT_PHRASES: DefaultPhrase[] = [
  ...definePhrases('opening', [
    '现将……述职如下，请予审议。',
    '现将XX年度工作情况汇报如下：',
  ]),
];
