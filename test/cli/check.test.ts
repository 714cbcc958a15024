// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import type { AnalysisResult } from '../../lib/analysis/types';
import { FIXTURES, makeDocx, runCli, tempDir, writeBytes } from './run-cli';

const BLANKS = join(FIXTURES, 'shuzhi-blanks.txt');
const CRLF = join(FIXTURES, 'gongzuo-zongjie-crlf.txt');
const blanksText = readFileSync(BLANKS, 'utf8');
const SLOW = 120_000;

const essentials = (r: AnalysisResult) => ({
  blanks: r.placeholders.map((p) => p.text),
  outline: r.outline.map((h) => [h.level, h.marker, h.title]),
});

describe('report-check check', () => {
  it(
    'prints the outline indented by level with section sizes, and exits 1 while blanks are left',
    () => {
      const { code, stdout } = runCli('check', BLANKS);
      expect(code).toBe(1);
      const result = analyze(blanksText);
      const lines = stdout.split('\n');
      for (const [i, item] of result.outline.entries()) {
        const section = result.stats.sections.find((s) => s.outline === i)!;
        const shown = lines.find((l) => l.trimStart().startsWith(item.marker + item.title));
        expect(shown, item.marker + item.title).toBeDefined();
        expect(shown).toContain(`${section.chars}字`);
        const indent = shown!.length - shown!.trimStart().length;
        const parentIndent =
          item.parent === null ? 0 : indentOf(lines, result.outline[item.parent].marker + result.outline[item.parent].title);
        expect(indent).toBeGreaterThan(parentIndent);
      }
    },
    SLOW,
  );

  it(
    'lists every blank with its 1-based line:column and the words around it',
    () => {
      const { stdout } = runCli('check', BLANKS);
      const result = analyze(blanksText);
      const lines = blanksText.split('\n');
      expect(stdout).toContain(`待填空白 (Blanks): ${result.placeholders.length}`);
      const first = result.placeholders[0];
      const column = first.start - blanksText.lastIndexOf('\n', first.start - 1);
      expect(stdout).toMatch(new RegExp(`\\b${first.line + 1}:${column}\\s+${first.text}\\s+\\S*【${first.text}】`));
      expect(lines[first.line].slice(column - 1, column - 1 + first.text.length)).toBe(first.text);
    },
    SLOW,
  );

  it(
    'counts columns from the start of the line in CRLF files',
    () => {
      const text = readFileSync(CRLF, 'utf8');
      const { stdout } = runCli('check', CRLF);
      const line = text.split('\n').findIndex((l) => l.includes('X期'));
      const column = text.split('\n')[line].indexOf('X期') + 1;
      expect(stdout).toContain(`${line + 1}:${column}  X  `);
    },
    SLOW,
  );

  it(
    'exits 0 for a finished report without blanks',
    () => {
      const dir = tempDir();
      const file = writeBytes(
        dir,
        'done.txt',
        '年度述职报告\n一、主要工作\n全年开展培训12次，覆盖干部300人次。\n二、存在问题\n调研还不够深入。\n',
      );
      const { code, stdout } = runCli('check', file);
      expect(stdout).toContain('一、主要工作');
      expect(code).toBe(0);
    },
    SLOW,
  );

  it(
    '--json prints exactly what analyze() returns for one file',
    () => {
      const { code, stdout } = runCli('check', '--json', BLANKS);
      expect(code).toBe(1);
      expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(analyze(blanksText))));
    },
    SLOW,
  );

  it(
    '--json with several files prints {file, result} entries and {file, error} for a bad one, exit 2',
    () => {
      const missing = join(tempDir(), 'missing.txt');
      const { code, stdout, stderr } = runCli('check', '--json', BLANKS, missing);
      expect(code).toBe(2);
      const entries = JSON.parse(stdout) as { file: string; result?: AnalysisResult; error?: { zh: string; en: string } }[];
      expect(entries.map((e) => e.file)).toEqual([BLANKS, missing]);
      expect(entries[0].result?.stats.blanks).toBe(analyze(blanksText).stats.blanks);
      expect(entries[1].error?.en).toBe('file not found');
      expect(stderr).toContain(`错误：找不到文件 ${missing} (file not found)`);
    },
    SLOW,
  );
});

describe('report-check reads every encoding a report arrives in', () => {
  let dir: string;
  const expected = essentials(analyze(blanksText));
  beforeAll(() => {
    dir = tempDir();
  });

  const checkJson = (file: string) => {
    const { code, stdout, stderr } = runCli('check', '--json', file);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    return essentials(JSON.parse(stdout) as AnalysisResult);
  };

  it(
    'UTF-8 with a BOM',
    () => {
      const file = writeBytes(dir, 'bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(blanksText)]));
      expect(checkJson(file)).toEqual(expected);
    },
    SLOW,
  );

  it(
    'UTF-16 LE and BE with BOM',
    () => {
      const le = writeBytes(dir, 'le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(blanksText, 'utf16le')]));
      const beBytes = Buffer.from(blanksText, 'utf16le').swap16();
      const be = writeBytes(dir, 'be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), beBytes]));
      expect(checkJson(le)).toEqual(expected);
      expect(checkJson(be)).toEqual(expected);
    },
    SLOW,
  );

  it(
    'GB18030 without a BOM',
    () => {
      const file = writeBytes(dir, 'gb.txt', iconv.encode(blanksText, 'gb18030'));
      expect(checkJson(file)).toEqual(expected);
    },
    SLOW,
  );

  it(
    '.docx (body text)',
    async () => {
      const file = writeBytes(dir, 'report.docx', await makeDocx(blanksText.replace(/\n+$/, '')));
      expect(checkJson(file)).toEqual(expected);
    },
    SLOW,
  );
});

describe('report-check refuses bad input with exit 2 and a message in Chinese, then English', () => {
  it(
    'a missing file',
    () => {
      const { code, stderr } = runCli('check', 'no-such-report.txt');
      expect(code).toBe(2);
      expect(stderr).toContain('错误：找不到文件 no-such-report.txt (file not found)');
    },
    SLOW,
  );

  it(
    'bytes that are neither UTF-8 nor GB18030',
    () => {
      const file = writeBytes(tempDir(), 'bad.txt', Buffer.from([0xe4, 0xb8, 0x80, 0x80, 0xff, 0xfe, 0x30, 0x81]));
      const { code, stderr } = runCli('check', file);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^错误：.*编码无法识别.*\(undecodable bytes/);
    },
    SLOW,
  );

  it(
    'a corrupt .docx',
    () => {
      const file = writeBytes(tempDir(), 'broken.docx', Buffer.from('PK\u0003\u0004 this is not a zip archive'));
      const { code, stderr } = runCli('check', file);
      expect(code).toBe(2);
      expect(stderr).toContain('不是有效的 Word（.docx）文档 (corrupt or invalid .docx)');
    },
    SLOW,
  );

  it(
    'a text that is not a report, with --strict',
    () => {
      const { code, stdout, stderr } = runCli('check', '--strict', join(FIXTURES, 'not-a-report.txt'));
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('看起来不是一篇报告 (this does not look like a report)');
    },
    SLOW,
  );

  it(
    'an empty file (a BOM and spaces only)',
    () => {
      const file = writeBytes(tempDir(), 'empty.txt', Buffer.from([0xef, 0xbb, 0xbf, 0x20, 0x0a]));
      const { code, stderr } = runCli('check', file);
      expect(code).toBe(2);
      expect(stderr).toContain('是空文件 (empty file)');
    },
    SLOW,
  );

  it(
    'a directory instead of a file',
    () => {
      const dir = tempDir();
      const { code, stderr } = runCli('check', dir);
      expect(code).toBe(2);
      expect(stderr).toContain(`错误：${dir} 不是文件 (not a regular file)`);
    },
    SLOW,
  );

  it(
    'an unknown command',
    () => {
      const { code, stderr } = runCli('lint', BLANKS);
      expect(code).toBe(2);
      expect(stderr).toContain('未知命令 lint (unknown command)');
    },
    SLOW,
  );
});

function indentOf(lines: string[], heading: string): number {
  const line = lines.find((l) => l.trimStart().startsWith(heading))!;
  return line.length - line.trimStart().length;
}

describe("the report gate does not refuse the user's file", () => {
  it(
    'analyses a text that does not read like a report, with a note on stderr',
    () => {
      const { code, stdout, stderr } = runCli('check', '--json', join(FIXTURES, 'not-a-report.txt'));
      expect(code).not.toBe(2);
      expect(JSON.parse(stdout)).toHaveProperty('placeholders');
      expect(stderr).toContain('看起来不是一篇报告，仍已分析');
    },
    SLOW,
  );

  it(
    'shows the blanks of a short scraped excerpt that has no headings',
    () => {
      const file = writeBytes(tempDir(), 'excerpt.txt', Buffer.from('上一篇：会议纪要\n本次会议应到XX人，实到XX人。\n相关推荐\n', 'utf8'));
      const { code, stdout } = runCli('check', '--json', file);
      expect(code).toBe(1);
      expect(JSON.parse(stdout).placeholders.map((p: { text: string }) => p.text)).toEqual(['XX', 'XX']);
    },
    SLOW,
  );
});
