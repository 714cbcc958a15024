import { beforeEach, expect, it } from 'vitest';
import { applyImport, listPhrases, parseBackup } from '../../lib/db';
import { freshLibrary } from './helpers';

beforeEach(async () => {
  await freshLibrary();
});

it('a backup with 5,000 phrases imports completely', async () => {
  const phrases = Array.from({ length: 5_000 }, (_, i) => ({ text: `第${i}条导入的常用语，完成XX项。`, category: 'results' }));
  const text = JSON.stringify({
    format: 'report-assistant-backup',
    version: 1,
    kind: 'pack',
    exportedAt: '2026-01-01T00:00:00Z',
    phrases,
    templates: [],
  });
  const result = parseBackup(text, 'pack');
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  const report = await applyImport(result.value, 'skip');
  expect(report.added).toBe(5_000);
  const all = await listPhrases();
  expect(all.filter((p) => p.text.endsWith('条导入的常用语，完成XX项。')).length).toBe(5_000);
}, 60_000);
