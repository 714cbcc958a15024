import { afterEach, beforeEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '@/components/App';
import { addPhrase, deleteLibrary } from '@/lib/db';
import { getSettings, setSetting, setSiteEnabled } from '@/lib/db/settings';
import { onMessage } from '@/lib/protocol';
import { fakePage } from './fake-page';

beforeEach(async () => {
  await deleteLibrary();
});
afterEach(cleanup);

const doc = '一、主要工作\n（一）加强学习。';

test('a site switched off says so and its button switches it back on', async () => {
  // A stand-in for the background, which applies the switch to open tabs (the E2E test covers that).
  const stop = onMessage('siteEnabled', () => true);
  const page = fakePage(doc);
  const origin = new URL((await page.getState())!.url).origin;
  await setSiteEnabled(origin, false);
  render(<App link={page} language="zh" />);
  await screen.findByTestId('site-off');
  expect(screen.queryByText(/未发现支持的编辑器/)).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: '在此网站重新启用' }));
  await waitFor(async () => expect((await getSettings()).sites[origin]).toBe(true));
  await waitFor(() => expect(screen.queryByTestId('site-off')).toBeNull());
  expect(screen.getByTestId('editor-line').textContent).toContain('网页编辑区');
  stop();
});

async function insertPhrase() {
  fireEvent.click(await screen.findByRole('tab', { name: /常用语|Phrases/ }));
  fireEvent.input(await screen.findByRole('searchbox'), { target: { value: '现将本人履职' } });
  fireEvent.click(await screen.findByRole('button', { name: /^(插入|Insert)：现将本人履职情况报告如下$/ }));
}

test('inserting a phrase reports it; the notice follows a language switch', async () => {
  await addPhrase({ text: '现将本人履职情况报告如下' });
  await setSetting('language', 'zh');
  render(<App link={fakePage(doc)} />);
  await insertPhrase();
  await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已插入常用语。'));
  await setSetting('language', 'en');
  await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('Phrase inserted.'));
});

test('a notice belongs to its page tab and its view', async () => {
  await addPhrase({ text: '现将本人履职情况报告如下' });
  const first = fakePage(doc);
  const { rerender } = render(<App link={first} language="zh" />);
  await insertPhrase();
  await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已插入常用语。'));
  fireEvent.click(screen.getByRole('tab', { name: '大纲' }));
  expect(screen.getByTestId('notice').textContent).toBe('');
  fireEvent.click(screen.getByRole('tab', { name: '常用语' }));
  expect(screen.getByTestId('notice').textContent).toContain('已插入常用语。');
  rerender(<App link={fakePage(doc)} language="zh" />);
  await waitFor(() => expect(screen.getByTestId('notice').textContent).toBe(''));
});
