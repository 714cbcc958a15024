// @vitest-environment node
// Adding a rule is adding one file and one line in findings/index.ts: a rule file that is not
// registered would silently never run.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineRules, outlineRules } from '../../../lib/analysis/findings';
import { reportLikeText } from '../report-text.arbitraries';

const dir = join(__dirname, '../../../lib/analysis/findings');
const ruleFiles = readdirSync(dir).filter((f) => f.endsWith('.ts') && !['index.ts', 'rule.ts'].includes(f));
const registered = new Set<unknown>([...lineRules, ...outlineRules]);

describe('findings rule registry', () => {
  it('has rule files to check', () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(9);
  });

  it.each(ruleFiles)('registers the rule in %s, under the file name as its id', async (file) => {
    const mod = (await import(join(dir, file))) as Record<string, unknown>;
    const rules = Object.values(mod).filter(
      (v): v is { id: string } => typeof v === 'object' && v !== null && 'id' in v && ('checkLine' in v || 'checkOutline' in v),
    );
    expect(rules, `${file} exports no rule`).toHaveLength(1);
    expect(registered.has(rules[0]), `${file} is not in findings/index.ts`).toBe(true);
    expect(rules[0].id).toBe(basename(file, '.ts'));
  });

  it('registers every rule once, with distinct ids', () => {
    const all = [...lineRules, ...outlineRules];
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });

  // The line pass skips these rules on lines without headings: they must find nothing there.
  it.each(lineRules.filter((r) => r.headingsOnly).map((r) => [r.id, r] as const))(
    '%s finds nothing on a line without headings',
    (_, rule) => {
      fc.assert(
        fc.property(reportLikeText(6), (text) => {
          for (const line of text.split('\n')) expect(rule.checkLine(line, { headings: [] })).toEqual([]);
        }),
        { numRuns: 300 },
      );
    },
  );
});
