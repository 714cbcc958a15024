import type { BoilerplateReason } from './types';

/** Why a line is seller/advertising noise rather than report text, or null. */
export function boilerplateReason(line: string): BoilerplateReason | null {
  if (/仅供学习|禁止外传|用后删除/.test(line)) return 'restriction';
  return null;
}
