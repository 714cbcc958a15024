import { afterEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '@/components/App';
import { analyze } from '@/lib/analysis';
import { findFields } from '@/lib/fields';
import { fakePage, fixture } from './fake-page';

afterEach(cleanup);

const report = fixture('shuzhi-blanks.txt');

test('the outline tab lists every heading of the report with its marker and section size', async () => {
  render(<App link={fakePage(report)} language="zh" />);
  const expected = analyze(report).outline;
  expect(expected.length).toBeGreaterThan(1);
  await waitFor(() => expect(screen.getByTestId('outline').children.length).toBe(expected.length));
  const rows = [...screen.getByTestId('outline').children];
  expected.forEach((h, i) => expect(rows[i].textContent).toContain(h.marker + h.title));
  expect(rows[0].textContent).toMatch(/\d+ 字/);
});

test('clicking a heading asks the page to jump to that heading', async () => {
  const page = fakePage(report);
  render(<App link={page} language="zh" />);
  const second = analyze(report).outline[1];
  const button = await screen.findByRole('button', { name: `跳转到“${second.title}”` });
  fireEvent.click(button);
  expect(page.jumps).toEqual([{ offset: second.start, end: second.end }]);
});

test('the header names the editor in user words, without a developer feature list', async () => {
  render(<App link={fakePage(report)} language="zh" />);
  await waitFor(() => expect(screen.getByTestId('editor-line').textContent).toContain('编辑器：网页编辑区'));
  expect(screen.getByTestId('editor-line').textContent).not.toMatch(/contenteditable|支持|、/);
});

test('the blank counter on the tab shows how many fields the page has left to fill', async () => {
  render(<App link={fakePage(report)} language="zh" />);
  const count = findFields(report).length;
  await waitFor(() => expect(screen.getByTestId('blank-count').textContent).toBe(String(count)));
});

test('a text that does not read like a report still shows its blanks, with a note the user can dismiss', async () => {
  const notes = '周末采购清单：鸡蛋XX个，牛奶X箱。';
  render(<App link={fakePage(notes)} language="zh" />);
  const note = await screen.findByTestId('not-report');
  expect(note.textContent).toContain('仍列出其中的空白和大纲');
  expect(screen.getByTestId('blank-count').textContent).toBe(String(findFields(notes).length));
  fireEvent.click(screen.getByRole('button', { name: '知道了' }));
  await waitFor(() => expect(screen.queryByTestId('not-report')).toBeNull());
  expect(screen.getByTestId('blank-count').textContent).toBe('2');
});
