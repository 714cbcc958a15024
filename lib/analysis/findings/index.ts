// Every findings rule is one file in this folder, registered here once.
import { datedExpression } from './dated-expression';
import { documentNumberBrackets } from './document-number-brackets';
import { halfwidthPunctuation } from './halfwidth-punctuation';
import { headingFullStop } from './heading-full-stop';
import { headingLevelOrder } from './heading-level-order';
import { markerPunctuation } from './marker-punctuation';
import { mixedEnumeration } from './mixed-enumeration';
import { numberingSequence } from './numbering-sequence';
import { paddedDate } from './padded-date';
import type { LineRule, OutlineRule } from './rule';

export const lineRules: LineRule[] = [
  markerPunctuation,
  headingFullStop,
  paddedDate,
  documentNumberBrackets,
  halfwidthPunctuation,
  mixedEnumeration,
  datedExpression,
];
export const outlineRules: OutlineRule[] = [numberingSequence, headingLevelOrder];
