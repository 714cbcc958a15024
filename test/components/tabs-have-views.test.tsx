// The contributor guard for panel tabs (CONTRIBUTING.md): a tab in TabBar's TAB_IDS that App does
// not render a view for would show an empty panel. Each tab is opened in the real App, on a page
// with a report and on one without an editor, and must show something.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { App } from '@/components/App';
import { TAB_IDS } from '@/components/TabBar';
import { deleteLibrary } from '@/lib/db';
import { translator } from '@/lib/i18n';
import { fakePage } from './fake-page';

beforeEach(async () => {
  await deleteLibrary();
});
afterEach(cleanup);

const REPORT = '一、主要工作\n（一）全年完成XX项任务。';

test.each([
  ['a page with a report', () => fakePage(REPORT)],
  ['a page without an editor', () => fakePage('', null)],
])('every tab has a view on %s', async (_, page) => {
  const { container } = render(<App link={page()} language="zh" />);
  // While the page is read every tab shows the same loading line; the views come after it.
  const loading = translator('zh')('app.loading');
  await waitFor(() => expect(container.textContent).not.toContain(loading));
  for (const id of TAB_IDS) {
    const tab = await waitFor(() => {
      const button = container.querySelector<HTMLButtonElement>(`#tab-${id}`);
      expect(button).not.toBeNull();
      return button!;
    });
    fireEvent.click(tab);
    await waitFor(() => {
      const panel = container.querySelector(`#panel-${id}[role=tabpanel]`);
      expect(panel, `no tabpanel for ${id}`).not.toBeNull();
      expect(panel!.children.length, `the ${id} tab shows nothing`).toBeGreaterThan(0);
      expect(panel!.textContent).not.toContain(loading);
      // Tabs other than the first are fetched on demand: their view replaces the loading line.
      expect(panel!.querySelector('[data-testid=view-loading]'), `the ${id} tab stays on its loading line`).toBeNull();
    });
  }
});
