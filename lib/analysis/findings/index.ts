// Every findings rule is one file in this folder, registered here once.
import type { LineRule, OutlineRule } from './rule';

export const lineRules: LineRule[] = [];
export const outlineRules: OutlineRule[] = [];
