import { afterEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '@/components/App';
import { analyze } from '@/lib/analysis';
import { fakePage } from './fake-page';

afterEach(cleanup);

const report = [
  '一、主要工作',
  '（一）抓好理论学习。全年组织学习XX次，培训X名干部，覆盖率达XX%。',
  '（二）推进重点项目。完成投资X万元，新增就业XX人。',
  '二、下步打算',
].join('\n');

async function openBlanks(page = fakePage(report)) {
  render(<App link={page} language="zh" />);
  fireEvent.click(await screen.findByRole('tab', { name: /待填/ }));
  await screen.findByTestId('blank-progress');
  return page;
}

test('blanks are grouped by the unit they stand for, with their surrounding text', async () => {
  await openBlanks();
  const labels = new Set(analyze(report).placeholders.map((p) => p.label ?? ''));
  for (const label of labels) expect(document.querySelector(`section[data-label="${label}"]`)).not.toBeNull();
  const first = analyze(report).placeholders[0];
  expect(screen.getAllByRole('button', { name: new RegExp(first.text) })[0].textContent).toContain('全年组织学习');
});

test('typing a value and pressing Enter fills that blank in the document', async () => {
  const page = await openBlanks();
  const before = analyze(report).placeholders.length;
  const input = screen.getAllByPlaceholderText('填入内容后按回车')[0];
  fireEvent.input(input, { target: { value: '12' } });
  fireEvent.keyDown(input, { key: 'Enter' });
  await waitFor(() => expect(page.text()).toContain('全年组织学习12次'));
  await waitFor(() => expect(screen.getByTestId('blank-progress').textContent).toBe(`已填 1 / ${before}`));
});

test('fill all with a label replaces every blank of that label and nothing else', async () => {
  const page = await openBlanks();
  const placeholders = analyze(report).placeholders;
  const label = placeholders[0].label ?? '';
  const sameLabel = placeholders.filter((p) => (p.label ?? '') === label).length;
  const group = document.querySelector(`section[data-label="${label}"]`)!;
  const input = group.querySelector('input')!;
  fireEvent.input(input, { target: { value: '九' } });
  fireEvent.submit(group.querySelector('form')!);
  await waitFor(() => expect(analyze(page.text()).placeholders.length).toBe(placeholders.length - sameLabel));
  expect(page.text().split('九').length - 1).toBe(sameLabel);
});

test('j and k move through the blanks and jump to each one on the page', async () => {
  const page = await openBlanks();
  const placeholders = analyze(report).placeholders;
  fireEvent.keyDown(document.body, { key: 'j' });
  fireEvent.keyDown(document.body, { key: 'j' });
  fireEvent.keyDown(document.body, { key: 'k' });
  fireEvent.keyDown(document.body, { key: 'ArrowDown', altKey: true });
  expect(page.jumps.map((j) => j.offset)).toEqual([placeholders[0].start, placeholders[1].start, placeholders[0].start, placeholders[1].start]);
  expect(screen.getByText(`第 2 / ${placeholders.length} 处`)).toBeTruthy();
});
