import type { LineHeading } from './line-scan';
import type { OutlineItem } from './types';

/** Headings (levels 1–4) at the start of the line and inline enumerations (一是 …) in it. */
export function findHeadingsInLine(line: string): LineHeading[] {
  const m = /^[\s\u3000]*([一二三四五六七八九十]+)、/.exec(line);
  if (!m) return [];
  const start = m.index + m[0].length - m[1].length - 1;
  const title = line.slice(m.index + m[0].length).split('。')[0];
  return [{ level: 1, marker: m[1] + '、', title, start, end: m[0].length + title.length, ordinal: 1, runOn: false }];
}

/** Sets each item's parent: the nearest earlier item of a higher rank (lower level number). */
export function linkOutline(outline: OutlineItem[]): void {
  const stack: number[] = [];
  for (let i = 0; i < outline.length; i++) {
    const rank = levelRank(outline[i].level);
    while (stack.length && levelRank(outline[stack[stack.length - 1]].level) >= rank) stack.pop();
    outline[i].parent = stack.length ? stack[stack.length - 1] : null;
    stack.push(i);
  }
}

/** 1–4 for heading levels, 5 for inline enumerations: a lower rank is a higher level. */
export function levelRank(level: OutlineItem['level']): number {
  return level === 'enum' ? 5 : level;
}
