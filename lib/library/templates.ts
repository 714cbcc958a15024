import { defineTemplate } from './define';
import type { DefaultTemplate } from './types';

export const DEFAULT_TEMPLATES: DefaultTemplate[] = [
  defineTemplate('述职报告', 'document', `
{年度}年度述职报告

现将{年度}年度本人履职情况报告如下：

一、主要工作及成效
（一）XX方面
1.XX。全年共组织XX次。
`),
];
