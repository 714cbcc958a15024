// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { findFields } from '../../lib/fields';
import { FIXTURES, runCli, tempDir, writeBytes } from './run-cli';

const TEMPLATE = join(FIXTURES, 'shuzhi-fields-template.txt');
const template = readFileSync(TEMPLATE, 'utf8');
const SLOW = 120_000;

interface Entry {
  key: string;
  kind: string;
  label: string;
  spans: { start: number; end: number; text: string }[];
  context: { before: string; after: string };
}

describe('report-check fields', () => {
  it(
    '--json lists one entry per key, spans in document order pointing at the text',
    () => {
      const { code, stdout } = runCli('fields', '--json', TEMPLATE);
      expect(code).toBe(0);
      const entries = JSON.parse(stdout) as Entry[];
      const keys = entries.map((e) => e.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const e of entries) {
        for (const s of e.spans) expect(template.slice(s.start, s.end)).toBe(s.text);
        expect(e.spans.map((s) => s.start)).toEqual([...e.spans.map((s) => s.start)].sort((a, b) => a - b));
      }
      // Every blank the analysis finds is in exactly one entry.
      const covered = entries.flatMap((e) => e.spans);
      for (const p of analyze(template).placeholders) {
        expect(
          covered.filter((s) => s.start <= p.start && p.end <= s.end),
          p.text,
        ).toHaveLength(1);
      }
      const year = entries.find((e) => e.key === 'year:report')!;
      expect(year.kind).toBe('year');
      expect(year.spans.map((s) => s.text)).toEqual(['20XX', '20XX', '20XX', '20XX']);
      expect(entries.find((e) => e.key === 'person:reporter')?.spans).toHaveLength(2);
      const signed = entries.find((e) => e.key === 'date:signed')!;
      expect(signed.spans.map((s) => s.text)).toEqual(['____', '__', '__']);
    },
    SLOW,
  );

  it(
    'without --json prints each key with its places and sentence',
    () => {
      const { code, stdout } = runCli('fields', TEMPLATE);
      expect(code).toBe(0);
      const fields = findFields(template);
      expect(stdout).toContain(`(${new Set(fields.map((f) => f.key)).size} fields (${fields.length} places))`);
      expect(stdout).toMatch(/^year:report {2}year {2}年度 {2}1:7 6:3 6:\d+ 7:3 {2}XX县XX局【20XX】年度述职述廉报告$/m);
    },
    SLOW,
  );
});

describe('report-check fill', () => {
  it(
    'fills by key: the report year everywhere without doubling, dates unpadded, the plan year untouched',
    () => {
      const { code, stdout, stderr } = runCli(
        'fill',
        TEMPLATE,
        '--set',
        'year:report=2026',
        '--set',
        'person:reporter=张三',
        '--set',
        'org:unit=青山县教育局',
        '--set',
        'date:signed=2027-01-05',
      );
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toContain('XX县青山县教育局2026年度述职述廉报告');
      expect(stdout).toContain('　　2026年，在县委、县政府和青山县教育局党组的领导下');
      expect(stdout).toContain('现将2026年度履职情况');
      expect(stdout).toContain('一、2026年主要工作');
      expect(stdout).toContain('三、20XX年工作打算');
      expect(stdout).toMatch(/述职人：张三\n2027年1月5日\n?$/);
      expect(stdout).not.toMatch(/20\d{2}\d{2}年/);
      expect(stdout.split('述职人：张三')).toHaveLength(3);
    },
    SLOW,
  );

  it(
    'takes values from a JSON file; --set wins; a year typed as 26 and a date typed 2026年3月5日',
    () => {
      const dir = tempDir();
      const values = writeBytes(dir, 'values.json', JSON.stringify({ 'year:report': '2025', 'year:plan': '27', 'place:area': '青山' }));
      const date = findFields(template).find((f) => f.kind === 'date' && f.spans.length === 3)!;
      const { code, stdout } = runCli('fill', TEMPLATE, '--values', values, '--set', 'year:report=26', '--set', `${date.key}=2026年3月5日`);
      expect(code).toBe(0);
      expect(stdout.startsWith('青山县XX局2026年度')).toBe(true);
      expect(stdout).toContain('三、2027年工作打算\n2027年，我将');
      expect(stdout).toContain('2026年3月5日，组织全局干部');
    },
    SLOW,
  );

  it(
    'exits 1 with the reason in Chinese and English when a value does not fit its field; prints no text',
    () => {
      const { code, stdout, stderr } = runCli('fill', TEMPLATE, '--set', 'year:report=abc');
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain('错误：year:report 填不进“abc”：这里要填年份');
      expect(stderr).toContain('This blank takes a year');
      const count = findFields(template).find((f) => f.kind === 'count')!;
      const second = runCli('fill', TEMPLATE, '--set', `${count.key}=很多`);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain('这里要填数字');
    },
    SLOW,
  );

  it(
    'exits 2 for an unknown key, a bad --set, a bad values file or a missing file',
    () => {
      const unknown = runCli('fill', TEMPLATE, '--set', 'year:nope=2026');
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('year:nope');
      expect(runCli('fill', TEMPLATE, '--set', 'novalue').code).toBe(2);
      expect(runCli('fill', TEMPLATE, '--set').code).toBe(2);
      expect(runCli('fill', '--set', 'year:report=2026').code).toBe(2);
      const dir = tempDir();
      expect(runCli('fill', TEMPLATE, '--values', writeBytes(dir, 'list.json', '[1,2]')).code).toBe(2);
      expect(runCli('fill', TEMPLATE, '--values', writeBytes(dir, 'broken.json', '{')).code).toBe(2);
      expect(runCli('fill', join(dir, 'missing.txt'), '--set', 'year:report=2026').code).toBe(2);
    },
    SLOW,
  );
});
