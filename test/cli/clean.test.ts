// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../lib/analysis/clean';
import { FIXTURES, runCli, tempDir, writeBytes } from './run-cli';

const MESSY = join(FIXTURES, 'web-copied-messy.txt');
const PINYIN = join(FIXTURES, 'pinyin-traditional.txt');
const SLOW = 120_000;

describe('report-check clean', () => {
  it(
    'prints the cleaned text of a file and exits 0',
    async () => {
      const { code, stdout } = runCli('clean', MESSY);
      expect(code).toBe(0);
      const expected = await clean(readFileSync(MESSY, 'utf8'));
      expect(stdout).toBe(expected.endsWith('\n') ? expected : expected + '\n');
    },
    SLOW,
  );

  it(
    '--simplified turns pinyin-garbled Traditional text into plain Simplified text',
    async () => {
      const { code, stdout } = runCli('clean', '--simplified', PINYIN);
      expect(code).toBe(0);
      const expected = await clean(readFileSync(PINYIN, 'utf8'), { simplified: true });
      expect(stdout.replace(/\n$/, '')).toBe(expected.replace(/\n$/, ''));
      expect(stdout).toContain('中学党支部');
      expect(stdout).toContain('(2020年)');
    },
    SLOW,
  );

  it(
    '--report lists each removed line or fragment with its reason, and the pinyin and Traditional notes',
    () => {
      const file = writeBytes(
        tempDir(),
        'forum.txt',
        Buffer.from('一、总体情况\n7 K& q2 Z! m$ P0 x8 {4 s\n全年开展活动XX次。\n; b3 W* 1.抓好学习\n', 'utf8'),
      );
      const { code, stdout } = runCli('clean', '--report', file);
      expect(code).toBe(0);
      expect(stdout).toMatch(/第 2 行 \(line 2\) \[防复制乱码 \(anti-copy junk\)\] 7 K& q2/);
      expect(stdout).toMatch(/第 4 行片段 \(part of line 4\) \[防复制乱码/);
      expect(stdout).toMatch(/共删除 \d+ 处/);
      const pinyin = runCli('clean', '--report', PINYIN).stdout;
      expect(pinyin).toMatch(/删除拼音注音 \d+ 处/);
      expect(pinyin).toContain('--simplified');
    },
    SLOW,
  );

  it(
    'refuses a missing file with exit 2',
    () => {
      const { code, stderr } = runCli('clean', 'nowhere.txt');
      expect(code).toBe(2);
      expect(stderr).toContain('错误：找不到文件 nowhere.txt (file not found)');
    },
    SLOW,
  );
});
