import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { blankFor, fillTemplate, parseFields, templateFromOutline } from '../../lib/templates';
import { DEFAULT_TEMPLATES } from '../../lib/library';

describe('template fields', () => {
  it('lists each field once in order of first use', () => {
    expect(parseFields('{年度}年度{单位}述职报告\n{单位}{职务}{姓名}\n{ 年度 }')).toEqual(['年度', '单位', '职务', '姓名']);
  });

  it('does not take braces across lines or empty braces for fields', () => {
    expect(parseFields('{}\n{单\n位} {ok}')).toEqual(['ok']);
  });

  it('fills known values and leaves the others as blanks the engine finds', () => {
    const body = '{单位}{年度}年度述职报告\n述职人：{姓名}，现任{职务}，负责{分管领域}工作。';
    const filled = fillTemplate(body, { 单位: '市XX局', 年度: '2025', 姓名: '  ' });
    expect(filled).toContain('市XX局2025年度述职报告');
    expect(filled).not.toMatch(/\{[^}]*\}/);
    const found = analyze(filled).placeholders.map((p) => p.text);
    for (const field of ['姓名', '职务', '分管领域']) {
      const blank = blankFor(field);
      const at = filled.indexOf(blank);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(analyze(filled).placeholders.some((p) => p.start <= at && p.end > at)).toBe(true);
    }
    expect(found.length).toBeGreaterThanOrEqual(4);
  });

  it('a value that looks like a field is inserted as plain text, once', () => {
    expect(fillTemplate('{单位}', { 单位: '{姓名}' })).toBe('{姓名}');
  });
});

describe('default templates', () => {
  it('ship at least 8, including the five documents and three sections the brief names', () => {
    const names = DEFAULT_TEMPLATES.map((t) => t.name);
    expect(DEFAULT_TEMPLATES.length).toBeGreaterThanOrEqual(8);
    for (const name of [
      '述职报告',
      '党建工作述职报告',
      '年度工作总结',
      '整改情况报告',
      '情况汇报',
      '存在的问题及原因',
      '下步工作打算',
      '主要做法及成效',
    ])
      expect(names).toContain(name);
    expect(DEFAULT_TEMPLATES.filter((t) => t.kind === 'section').length).toBeGreaterThanOrEqual(3);
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [t.name, t] as const))(
    '%s uses all four heading levels in order and named fields',
    (_name, template) => {
      const result = analyze(template.body);
      const levels = result.outline.map((o) => o.level).filter((l) => l !== 'enum');
      for (const level of [1, 2, 3, 4] as const) expect(levels).toContain(level);
      // Every level-n heading (n > 1) sits under a heading one level up.
      for (const item of result.outline) {
        if (item.level === 1 || item.level === 'enum') continue;
        expect(item.parent).not.toBeNull();
        expect(result.outline[item.parent!].level).toBe((item.level as number) - 1);
      }
      const fields = parseFields(template.body);
      expect(fields.length).toBeGreaterThan(0);
      expect(fields.every((f) => ['单位', '年度', '姓名', '职务'].includes(f))).toBe(true);
      expect(result.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([]);
    },
  );

  it('a filled template still shows its remaining blanks', () => {
    const body = DEFAULT_TEMPLATES.find((t) => t.name === '述职报告')!.body;
    const filled = fillTemplate(body, { 单位: '市统计局', 年度: '2025', 姓名: '张三', 职务: '副局长' });
    expect(filled).toContain('2025年度述职报告');
    expect(analyze(filled).placeholders.length).toBeGreaterThan(10);
  });
});

describe('template from an outline', () => {
  const report = [
    '2025年度个人述职报告',
    '按照要求，现将履职情况报告如下。',
    '一、主要工作',
    '（一）加强学习。全年参加学习24次。',
    '1.理论学习',
    '参加集中学习12次，撰写体会3篇。',
    '（1）专题研讨',
    '开展研讨4次。',
    '二、存在的问题',
    '一是学习不够深入；二是调研不够。',
    '三、下步打算',
  ].join('\n');

  it('keeps headings with their markers and titles, and blanks the body text', () => {
    const body = templateFromOutline(analyze(report).outline, report);
    expect(body.split('\n')).toEqual([
      'XXXXXX。',
      '',
      '一、主要工作',
      '（一）加强学习',
      'XXXXXX。',
      '1.理论学习',
      'XXXXXX。',
      '（1）专题研讨',
      'XXXXXX。',
      '二、存在的问题',
      'XXXXXX。',
      '三、下步打算',
    ]);
    expect(body).not.toContain('24次');
    const again = analyze(body);
    expect(again.outline.filter((o) => o.level !== 'enum').map((o) => o.level)).toEqual([1, 2, 3, 4, 1, 1]);
    expect(again.placeholders.length).toBe(5);
  });

  it('works on CRLF text and on text without headings', () => {
    const crlf = report.replace(/\n/g, '\r\n');
    expect(templateFromOutline(analyze(crlf).outline, crlf)).toBe(templateFromOutline(analyze(report).outline, report));
    expect(templateFromOutline([], '只有一段正文。')).toBe('XXXXXX。');
    expect(templateFromOutline([], '')).toBe('');
  });

  it('from the outline alone (the side panel) run-on headings and headings without subheadings get a body blank', () => {
    const body = templateFromOutline(analyze(report).outline);
    expect(body.split('\n')).toEqual([
      '一、主要工作',
      '（一）加强学习',
      'XXXXXX。',
      '1.理论学习',
      '（1）专题研讨',
      'XXXXXX。',
      '二、存在的问题',
      'XXXXXX。',
      '三、下步打算',
      'XXXXXX。',
    ]);
  });
});
