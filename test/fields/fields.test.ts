// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { applyEdits, fieldsWithKey, fillAll, fillEdits, findFields, previewEdits, type Field } from '../../lib/fields';

const fill = (text: string, field: Field, value: string) => {
  const r = fillEdits(field, value);
  if (!r.ok) throw new Error(`${r.reason}: ${r.detail}`);
  return applyEdits(text, r.edits);
};
const only = (text: string) => {
  const fields = findFields(text);
  expect(fields).toHaveLength(1);
  return fields[0];
};

describe('dates', () => {
  it.each([
    ['20XX年X月X日', '2026年3月5日'],
    ['XXXX年XX月XX日', '2026年3月5日'],
    ['____年__月__日', '2026年3月5日'],
    ['某年某月某日', '2026年3月5日'],
    ['X月X日', '3月5日'],
    ['20XX年X月', '2026年3月'],
    ['2026年X月X日', '2026年3月5日'],
  ])('%s is one date field that 2026-03-05 fills as %s', (blank, filled) => {
    const text = `会议于${blank}召开。`;
    const field = only(text);
    expect(field.kind).toBe('date');
    expect(field.spans.every((s) => s.part !== undefined)).toBe(true);
    expect(fill(text, field, '2026-03-05')).toBe(`会议于${filled}召开。`);
  });

  it.each(['2026年3月5日', '2026/3/5', '2026.3.5', '2026-3-5', '20260305'])('reads %s as the same date', (value) => {
    const text = '会议于20XX年X月X日召开。';
    expect(fill(text, only(text), value)).toBe('会议于2026年3月5日召开。');
  });

  it('the year span of 20XX is the whole written year', () => {
    const field = only('于20XX年X月X日');
    expect(field.spans.map((s) => [s.text, s.part])).toEqual([
      ['20XX', 'year'],
      ['X', 'month'],
      ['X', 'day'],
    ]);
  });

  it('a partly written date takes a date that agrees, or a month-day', () => {
    const text = '于2026年X月X日召开';
    const field = only(text);
    expect(field.written).toEqual({ year: 2026 });
    expect(fill(text, field, '3月5日')).toBe('于2026年3月5日召开');
    expect(fill(text, field, '2026-03-05')).toBe('于2026年3月5日召开');
    expect(fillEdits(field, '2025-03-05')).toMatchObject({ ok: false, reason: 'fill.dateDisagrees' });
  });

  it('refuses impossible and incomplete dates', () => {
    const field = only('于20XX年X月X日召开');
    expect(fillEdits(field, '2026-02-30')).toMatchObject({ ok: false, reason: 'fill.notADate' });
    expect(fillEdits(field, '2026-13-01')).toMatchObject({ ok: false, reason: 'fill.notADate' });
    expect(fillEdits(field, '3月5日')).toMatchObject({ ok: false, reason: 'fill.dateIncomplete' });
    expect(fillEdits(field, 'abc')).toMatchObject({ ok: false, reason: 'fill.notADate' });
  });

  it('a date in Chinese numerals goes on in Chinese numerals', () => {
    const blankYear = '二〇XX年X月X日';
    expect(fill(blankYear, only(blankYear), '2026-03-15')).toBe('二〇二六年三月十五日');
    const writtenYear = '二〇二六年X月X日';
    expect(fill(writtenYear, only(writtenYear), '3月5日')).toBe('二〇二六年三月五日');
  });

  it('日期：____ is one whole date; 年度：____ a year', () => {
    const date = '日期：________';
    expect(only(date).kind).toBe('date');
    expect(fill(date, only(date), '2026/3/5')).toBe('日期：2026年3月5日');
    expect(fillEdits(only(date), '3月5日')).toMatchObject({ ok: false, reason: 'fill.dateIncomplete' });
    const year = '年度：____';
    expect(only(year).kind).toBe('year');
    expect(fill(year, only(year), '2026')).toBe('年度：2026');
  });

  it('今天 is the given day', () => {
    const text = '于X月X日召开';
    const r = fillEdits(only(text), '今天', { today: new Date(2026, 10, 27) });
    expect(r.ok && applyEdits(text, r.edits)).toBe('于11月27日召开');
  });
});

describe('years', () => {
  it.each([
    ['20XX年', '2026', '2026年'],
    ['20XX年', '26', '2026年'],
    ['XXXX年度', '2026', '2026年度'],
    ['XX年度', '2026', '2026年度'],
    ['202X年', '6', '2026年'],
    ['二〇XX年', '2026', '二〇二六年'],
    ['〔20XX〕', '2026', '〔2026〕'],
  ])('%s + %s → %s', (blank, value, filled) => {
    const text = `${blank}工作总结`;
    const field = findFields(text)[0];
    expect(field.kind).toBe('year');
    expect(fill(text, field, value)).toBe(`${filled}工作总结`);
  });

  it.each([
    ['abc', 'fill.notAYear'],
    ['20265', 'fill.notAYear'],
    ['1', 'fill.notAYear'],
  ])('refuses %s', (value, reason) => {
    expect(fillEdits(only('20XX年工作总结'), value)).toMatchObject({ ok: false, reason });
  });

  it('○○〇〇年 is a blank year that any year fills, not the year 0000 that none fits', () => {
    const text = '○○〇〇年工作总结';
    const field = only(text);
    expect(field.kind).toBe('year');
    expect(fill(text, field, '2026')).toBe('二〇二六年工作总结');
    expect(fill(text, field, '1998')).toBe('一九九八年工作总结');
  });

  it('refuses a year that contradicts the written prefix', () => {
    expect(fillEdits(only('19XX年工作总结'), '2026')).toMatchObject({ ok: false, reason: 'fill.yearContradicts' });
  });

  it('工作XX年 is a number of years, not a year', () => {
    expect(only('参加工作XX年来').kind).toBe('count');
  });
});

describe('kinds', () => {
  it.each([
    ['培训XX次', 'count'],
    ['覆盖XX人', 'count'],
    ['完成率XX%', 'percent'],
    ['资金XX万元', 'amount'],
    ['XXX同志', 'person'],
    ['述职人：____', 'person'],
    ['某某单位', 'organisation'],
    ['XX局', 'organisation'],
    ['XX党支部', 'organisation'],
    ['XX县', 'place'],
    ['主题为____', 'text'],
  ])('%s is a %s field', (text, kind) => {
    expect(only(text).kind).toBe(kind);
  });

  it('a count takes a number or a Chinese numeral, never text', () => {
    const text = '培训XX次';
    expect(fill(text, only(text), '12')).toBe('培训12次');
    expect(fill(text, only(text), '十二')).toBe('培训十二次');
    expect(fill(text, only(text), '12次')).toBe('培训12次');
    expect(fillEdits(only(text), 'abc')).toMatchObject({ ok: false, reason: 'fill.notANumber' });
  });

  it('XX余人 never doubles 余 or the unit', () => {
    const text = '共XX余人参加';
    const field = only(text);
    expect(field.unit).toBe('人');
    expect(fill(text, field, '30')).toBe('共30余人参加');
    expect(fill(text, field, '30余')).toBe('共30余人参加');
    expect(fill(text, field, '30余人')).toBe('共30余人参加');
  });

  it('a whole count takes no fraction; a multiple may', () => {
    expect(fillEdits(only('覆盖XX人'), '1.5')).toMatchObject({ ok: false, reason: 'fill.notANumber' });
    const text = '增长X倍';
    expect(fill(text, only(text), '1.5')).toBe('增长1.5倍');
  });

  it('a percent never doubles the %', () => {
    const text = '完成率XX%';
    expect(fill(text, only(text), '95%')).toBe('完成率95%');
    expect(fill(text, only(text), '95')).toBe('完成率95%');
    expect(fill(text, only(text), '95.5％')).toBe('完成率95.5%');
  });

  it('某某单位 is replaced whole by the unit name; XX局 does not double 局', () => {
    const unit = '某某单位开展工作';
    expect(fill(unit, only(unit), '中共青山县委')).toBe('中共青山县委开展工作');
    const bureau = 'XX局开展工作';
    expect(fill(bureau, only(bureau), '青山县教育局')).toBe('青山县教育局开展工作');
  });

  it('refuses a value that is itself a blank', () => {
    expect(fillEdits(only('主题为____。'), 'XX')).toMatchObject({ ok: false, reason: 'fill.valueIsBlank' });
  });
});

describe('keys', () => {
  const report = [
    'XX局20XX年度述职报告',
    '述职人：____',
    '20XX年，在XX局党组的领导下，我分管XX股，认真履职。现将有关情况报告如下：',
    '一、主要工作',
    '全年开展培训XX次，覆盖XX人。组织活动XX人参加。',
    '二、20XX年工作打算',
    '20XX年，我将继续努力。',
    '',
    '述职人：____',
    '20XX年X月X日',
  ].join('\n');

  it('the title and the opening share the report year; the plan year is another key', () => {
    const fields = findFields(report);
    const reportYears = fieldsWithKey(fields, 'year:report');
    expect(reportYears.map((f) => f.line)).toEqual([0, 2]);
    expect(fieldsWithKey(fields, 'year:plan').map((f) => f.line)).toEqual([5, 6]);
  });

  it('the 述职人 and the unit share keys; two counts of 人 do not', () => {
    const fields = findFields(report);
    expect(fieldsWithKey(fields, 'person:reporter')).toHaveLength(2);
    expect(fieldsWithKey(fields, 'org:unit').map((f) => [f.line, f.context.after.slice(0, 1)])).toEqual([
      [0, '局'],
      [2, '局'],
    ]);
    expect(fields.find((f) => f.context.after.startsWith('股'))?.key).toMatch(/^organisation@\d+$/);
    const people = fields.filter((f) => f.kind === 'count' && f.context.after.startsWith('人'));
    expect(people).toHaveLength(2);
    expect(new Set(people.map((f) => f.key)).size).toBe(2);
  });

  it('a blank followed by a space and the next field name (`某某　单位：`) belongs to the name before it', () => {
    const fields = findFields('述职人：某某　单位：XX市XX局\n以上报告，请予审议。\n述职人：某某');
    expect(fieldsWithKey(fields, 'person:reporter').map((f) => f.line)).toEqual([0, 2]);
    // With no colon after it the spaced word is still the blank's unit (scraped `××××× 公司`).
    expect(findFields('由××××× 公司承建')[0].kind).toBe('organisation');
  });

  it('the signature date has its own shared key', () => {
    expect(fieldsWithKey(findFields(report), 'date:signed').map((f) => f.line)).toEqual([9]);
  });

  it('keys are stable for the same text', () => {
    expect(findFields(report).map((f) => f.key)).toEqual(findFields(report).map((f) => f.key));
  });

  it('fills every report year at once without doubling it', () => {
    const r = fillAll(fieldsWithKey(findFields(report), 'year:report'), '2026');
    expect(r.ok).toBe(true);
    const out = applyEdits(report, r.ok ? r.edits : []);
    expect(out.split('\n').slice(0, 3).join('\n')).toContain('XX局2026年度述职报告\n述职人：____\n2026年，');
    expect(out).not.toMatch(/20\d{2}\d{2}年/);
  });
});

describe('edits', () => {
  it('applyEdits refuses a stale expected text and overlapping edits', () => {
    expect(() => applyEdits('abcdef', [{ start: 1, end: 3, expected: 'xx', text: 'Q' }])).toThrow();
    expect(() =>
      applyEdits('abcdef', [
        { start: 1, end: 3, expected: 'bc', text: 'Q' },
        { start: 2, end: 4, expected: 'cd', text: 'R' },
      ]),
    ).toThrow();
  });

  it('previewEdits shows each affected line before and after', () => {
    const text = '标题\n培训XX次，覆盖XX人。\n其他';
    const edits = findFields(text).flatMap((f) => {
      const r = fillEdits(f, '3');
      return r.ok ? r.edits : [];
    });
    expect(previewEdits(text, edits)).toEqual([{ line: 1, before: '培训XX次，覆盖XX人。', after: '培训3次，覆盖3人。' }]);
  });

  it('takes the placeholders it is given', () => {
    const text = '培训XX次';
    expect(findFields(text, analyze(text).placeholders)).toEqual(findFields(text));
  });
});
