// Punctuation after ordinal markers (GB/T 15834-2011 B.3): 一、 （一） 1. （1） 第一，
import type { LineHeading } from '../line-scan';
import { ENUMERATION_RANK, levelRank } from '../outline';
import type { Finding } from '../types';
import { finding, NO_FINDINGS, type LineRule } from './rule';

const ID = 'marker-punctuation';

export const markerPunctuation: LineRule = {
  id: ID,
  headingsOnly: true,
  checkLine(_line, { headings }) {
    let findings: Finding[] | null = null;
    for (let k = 0; k < headings.length; k++) {
      const f = checkMarker(headings[k]);
      if (f) (findings ??= []).push(f);
    }
    return findings ?? NO_FINDINGS;
  },
};

const DUNHAO = 0x3001,
  FULL_COMMA = 0xff0c,
  COMMA = 0x2c,
  STOP = 0x2e,
  FULL_STOP = 0xff0e,
  DI = '第'.charCodeAt(0);

function checkMarker(h: LineHeading): Finding | null {
  const at = h.start + h.marker.length - 1;
  // A char code, not h.marker[…], and the level as a number (levelRank) for the comparisons below,
  // which would meet both numbers and 'enum': this runs for every heading and enumeration.
  const mark = h.marker.charCodeAt(h.marker.length - 1);
  const level = levelRank(h.level);
  if (level === 1 && mark !== DUNHAO) {
    return finding(
      ID,
      'error',
      at,
      at + 1,
      `汉字序号后应使用顿号：“${h.marker.slice(0, -1)}、”`,
      `A Chinese numeral marker takes the enumeration comma: "${h.marker.slice(0, -1)}、"`,
      { start: at, end: at + 1, replacement: '、' },
    );
  }
  if ((level === 2 || level === 4) && (mark === DUNHAO || mark === FULL_COMMA || mark === COMMA || mark === STOP || mark === FULL_STOP)) {
    return finding(
      ID,
      'error',
      at,
      at + 1,
      `括号序号后不加标点：“${h.marker.slice(0, -1)}”`,
      `A bracketed marker takes no punctuation: "${h.marker.slice(0, -1)}"`,
      { start: at, end: at + 1, replacement: '' },
    );
  }
  if (level === 3 && mark !== STOP && mark !== FULL_STOP) {
    const base = h.marker.slice(0, -1);
    if (mark === DUNHAO) {
      return finding(
        ID,
        'hint',
        at,
        at + 1,
        `阿拉伯数字序号后规范用下脚点：“${base}.”`,
        `An Arabic numeral marker takes a full stop: "${base}."`,
        { start: at, end: at + 1, replacement: '.' },
      );
    }
    return finding(
      ID,
      'error',
      at,
      at + 1,
      `阿拉伯数字序号后应使用下脚点：“${base}.”`,
      `An Arabic numeral marker takes a full stop: "${base}."`,
      { start: at, end: at + 1, replacement: '.' },
    );
  }
  if (level === ENUMERATION_RANK && mark === DUNHAO && h.marker.charCodeAt(0) === DI) {
    return finding(ID, 'warning', at, at + 1, `“${h.marker.slice(0, -1)}”后应使用逗号`, `"${h.marker.slice(0, -1)}" takes a comma`, {
      start: at,
      end: at + 1,
      replacement: '，',
    });
  }
  return null;
}
