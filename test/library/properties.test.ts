// Property tests for the library's pure parts: backup parsing never throws, search finds every
// phrase by its own text, filled templates leave no field behind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../lib/db/backup-parse';
import { buildPhraseIndex, plainText } from '../../lib/phrase-search';
import { blankFor, fillTemplate, parseFields } from '../../lib/templates';
import { analyze } from '../../lib/analysis';

const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 200);

const validBackup = JSON.stringify({
  format: 'report-assistant-backup',
  version: 1,
  exportedAt: '2026-01-01T00:00:00Z',
  phrases: [{ text: '全年共组织学习XX次。', category: 'results', tags: ['学习'] }],
  templates: [{ name: '模板', body: '一、{单位}XX' }],
  settings: { language: 'zh', sites: { 'https://a.example': true } },
});

const han = fc.constantFrom(...'现将述职如下全年共组织学习次参加人员整改落实工作党建责任安全生产成效问题原因措施'.split(''));
const phraseText = fc
  .array(fc.oneof({ weight: 6, arbitrary: han }, { weight: 1, arbitrary: fc.constantFrom('，', '。', '……', 'XX', '×××', '%', '1', '2') }), {
    minLength: 1,
    maxLength: 30,
  })
  .map((parts) => parts.join(''));

describe('library properties', () => {
  it('parseBackup never throws on arbitrary text or arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const result = parseBackup(text, 'any');
          if (!result.ok) expect(result.error.message.zh.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a damaged copy of a valid backup (a slice or a changed character) is parsed or refused, never thrown', () => {
    fc.assert(
      fc.property(fc.nat(validBackup.length), fc.nat(validBackup.length), fc.string({ maxLength: 3 }), (a, b, insert) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const damaged = validBackup.slice(0, from) + insert + validBackup.slice(to);
        const result = parseBackup(damaged, 'any');
        if (result.ok) expect(result.value.format).toBe('report-assistant-backup');
      }),
      { numRuns: RUNS },
    );
  });

  it('every phrase is found by its own characters, and an empty query lists them all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(phraseText, { minLength: 1, maxLength: 40 }), async (texts) => {
        const phrases = texts.map((text, i) => ({ id: i + 1, text }));
        const index = await buildPhraseIndex(phrases);
        for (const p of phrases) {
          const plain = plainText(p.text);
          if (!plain) continue;
          expect(index.search(plain, { limit: phrases.length }).map((h) => h.phrase.id)).toContain(p.id);
        }
        const hits = index.search('', { limit: phrases.length });
        expect(hits.length).toBe(phrases.length);
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });

  it('search never throws on arbitrary queries', async () => {
    const index = await buildPhraseIndex([{ id: 1, text: '现将……述职如下。' }]);
    fc.assert(
      fc.property(fc.string({ maxLength: 50, unit: 'binary' }), (q) => {
        index.search(q);
      }),
      { numRuns: RUNS },
    );
  });

  it('a filled template keeps no field, and every unfilled field is a blank the engine sees', () => {
    const field = fc.constantFrom('单位', '年度', '姓名', '职务', '分管工作', '项目');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(phraseText, field), { minLength: 1, maxLength: 6 }),
        fc.dictionary(field, fc.constantFrom('', '市统计局', '2025')),
        (parts, values) => {
          const body = parts.map(([text, f]) => `${text}{${f}}`).join('\n');
          const filled = fillTemplate(body, values);
          for (const f of parseFields(body)) expect(filled).not.toContain(`{${f}}`);
          const placeholders = analyze(filled).placeholders;
          for (const f of parseFields(body).filter((name) => !values[name])) {
            const at = filled.indexOf(blankFor(f));
            expect(placeholders.some((p) => p.start <= at && p.end > at)).toBe(true);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
