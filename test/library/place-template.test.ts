// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { placeTemplate } from '../../lib/templates';

const lines = (...l: string[]) => l.join('\n');
const SECTION = '\n一、存在的问题\n（一）学习不够\n（二）作风不实\n二、整改措施\n（一）加强学习\n';
const REPORT = lines(
  '一、主要工作',
  '（一）抓学习',
  '二、取得成效',
  '三、经验体会',
  '四、下步打算',
  '（一）持续学习',
  '（二）狠抓落实',
  '',
);

function landAt(text: string, caret: number, body = SECTION, renumber = true) {
  const placed = placeTemplate(body, { text, outline: analyze(text).outline, start: caret, end: caret }, renumber);
  return { placed, result: text.slice(0, caret) + placed + text.slice(caret) };
}

describe('placeTemplate', () => {
  it('inserted in the empty paragraph after 四、, the section continues at 五、 and its （一） stay under it', () => {
    const { placed, result } = landAt(REPORT, REPORT.length);
    expect(placed).toBe(lines('五、存在的问题', '（一）学习不够', '（二）作风不实', '六、整改措施', '（一）加强学习'));
    expect(result.endsWith('（二）狠抓落实\n五、存在的问题')).toBe(false);
    expect(result).not.toMatch(/\n\n/);
    expect(analyze(result).findings.filter((f) => f.rule === 'numbering-sequence')).toEqual([]);
  });

  it('at the end of a non-empty paragraph it starts a new paragraph and leaves no empty one', () => {
    const text = REPORT.replace(/\n$/, '');
    const { result } = landAt(text, text.length);
    expect(result).toBe(`${text}\n五、存在的问题\n（一）学习不够\n（二）作风不实\n六、整改措施\n（一）加强学习`);
  });

  it('before a heading it keeps that heading on its own line; the heading after gets a numbering finding with a fix', () => {
    const caret = REPORT.indexOf('三、经验体会');
    const { result } = landAt(REPORT, caret);
    expect(result).toContain('二、取得成效\n三、存在的问题\n（一）学习不够\n（二）作风不实\n四、整改措施\n（一）加强学习\n三、经验体会');
    const fix = analyze(result).findings.find((f) => f.rule === 'numbering-sequence' && f.edits);
    expect(fix?.edits?.map((e) => e.replacement)).toEqual(['五、', '六、']);
  });

  it('under a higher heading the level restarts at 1', () => {
    const body = '（一）新的小节\n1.细项';
    const caret = REPORT.indexOf('二、取得成效') + '二、取得成效'.length;
    expect(landAt(REPORT, caret, body).placed).toBe('\n（一）新的小节\n1.细项');
    const afterSibling = REPORT.indexOf('（二）狠抓落实') + '（二）狠抓落实'.length;
    expect(landAt(REPORT, afterSibling, body).placed).toBe('\n（三）新的小节\n1.细项');
  });

  it('into an empty document the template keeps its numbers; renumber off keeps them anywhere', () => {
    expect(landAt('', 0).placed.startsWith('一、存在的问题')).toBe(true);
    expect(landAt(REPORT, REPORT.length, SECTION, false).placed.startsWith('一、存在的问题')).toBe(true);
  });

  it('CRLF bodies and blank edge lines do not leave empty paragraphs', () => {
    expect(landAt('', 0, '\r\n\r\n一、甲\r\n（一）乙\r\n\r\n').placed).toBe('一、甲\n（一）乙');
  });
});
