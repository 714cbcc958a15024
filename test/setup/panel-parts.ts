// Component tests render the panel's lazily fetched views and its English catalogue: fetch them once
// before the file's tests, so a test's waiting time is not spent transforming a view's modules on a
// busy machine. The lazy loading itself is tested in test/components/lazy.test.tsx and
// test/e2e/panel-lazy.e2e.ts.
import { beforeAll, expect } from 'vitest';

beforeAll(async () => {
  if (!/[/\\]test[/\\]components[/\\]/.test(expect.getState().testPath ?? '')) return;
  const [{ preloadPanelParts }, { loadTranslator }] = await Promise.all([import('@/components/App'), import('@/lib/i18n/load')]);
  await Promise.all([preloadPanelParts(), loadTranslator('en')]);
}, 60_000);
