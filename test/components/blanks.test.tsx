import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '@/components/App';
import { deleteLibrary } from '@/lib/db';
import { setProfileEntry } from '@/lib/db/profile';
import { findFields } from '@/lib/fields';
import { MAX_ROWS } from '@/lib/panel/row-window';
import { fakePage } from './fake-page';

beforeEach(async () => {
  await deleteLibrary();
});
afterEach(cleanup);

const YEAR = String(new Date().getFullYear());

const report = [
  '某某单位20XX年度述职报告',
  '现将本人20XX年度履职情况报告如下。',
  '一、主要工作',
  '（一）抓好理论学习。全年组织学习XX次，培训X名干部，覆盖率达XX%。',
  '（二）推进重点项目。于20XX年X月X日前完成投资XX万元，新增就业XX人。',
  '二、下步打算',
  '力争20XX年完成全部任务。',
].join('\n');

async function openBlanks(page = fakePage(report)) {
  render(<App link={page} language="zh" />);
  fireEvent.click(await screen.findByRole('tab', { name: /待填/ }));
  await screen.findByTestId('field-list');
  return page;
}

const rows = () => [...screen.getByTestId('field-list').querySelectorAll<HTMLLIElement>('li.field')];
const inputOf = (row: HTMLElement) => row.querySelector<HTMLInputElement>('input.fill-one')!;
const rowWith = (text: string) => rows().find((r) => r.textContent!.includes(text))!;
const rowAt = (index: number) => rows().find((r) => r.dataset.index === String(index));

test('the list shows one row per field in document order, each with its sentence; a date is one row', async () => {
  await openBlanks();
  const fields = findFields(report);
  expect(rows()).toHaveLength(fields.length);
  rows().forEach((row, i) => expect(row.dataset.key).toBe(fields[i].key));
  const date = rows().find((r) => r.dataset.kind === 'date')!;
  expect(date.textContent).toContain('前完成投资');
  expect(date.querySelector('input[type=date]')).not.toBeNull();
});

test('Enter fills the field, says what happened and moves the focus to the next row', async () => {
  const page = await openBlanks();
  const total = findFields(report).length;
  const row = rowWith('全年组织学习');
  fireEvent.input(inputOf(row), { target: { value: '12' } });
  fireEvent.keyDown(inputOf(row), { key: 'Enter' });
  await waitFor(() => expect(page.text()).toContain('全年组织学习12次'));
  await waitFor(() => expect(screen.getByTestId('fill-result').textContent).toContain('已填写 1 处'));
  await waitFor(() => expect(screen.getByTestId('blank-progress').textContent).toBe(`已填 1 / ${total}`));
  await waitFor(() => expect(document.activeElement).toBe(inputOf(rowWith('培训'))));
});

test('a value typed in a row below stays in that row when a field above is filled', async () => {
  const page = await openBlanks();
  fireEvent.input(inputOf(rowWith('新增就业')), { target: { value: '300' } });
  fireEvent.input(inputOf(rowWith('全年组织学习')), { target: { value: '12' } });
  fireEvent.keyDown(inputOf(rowWith('全年组织学习')), { key: 'Enter' });
  await waitFor(() => expect(page.text()).toContain('学习12次'));
  await waitFor(() => expect(rows()).toHaveLength(findFields(page.text()).length));
  expect(inputOf(rowWith('新增就业')).value).toBe('300');
  for (const row of rows().filter((r) => !r.textContent!.includes('新增就业'))) expect(inputOf(row).value).not.toBe('300');
});

test('a year field offers this year and replaces the whole written year', async () => {
  const page = await openBlanks();
  const row = rowWith('力争');
  expect(inputOf(row).value).toBe(YEAR);
  fireEvent.keyDown(inputOf(row), { key: 'Enter' });
  await waitFor(() => expect(page.text()).toContain(`力争${YEAR}年完成`));
  expect(page.text()).not.toContain(`20${YEAR}`);
});

test('a value that does not fit shows the reason and writes nothing', async () => {
  const page = await openBlanks();
  const row = rowWith('力争');
  fireEvent.input(inputOf(row), { target: { value: 'abc' } });
  fireEvent.keyDown(inputOf(row), { key: 'Enter' });
  await waitFor(() => expect(within(row).getByRole('alert').textContent!.length).toBeGreaterThan(0));
  expect(screen.getByTestId('fill-result').textContent).toContain('未填写');
  expect(page.text()).toBe(report);
});

test('fill several shows every sentence before and after, writes only on confirm, and undo restores the text exactly', async () => {
  const page = await openBlanks();
  const fields = findFields(report);
  const yearKey = fields.find((f) => f.kind === 'year')!.key;
  const same = fields.filter((f) => f.key === yearKey);
  expect(same.length).toBeGreaterThan(1);
  const row = rows().find((r) => r.dataset.key === yearKey)!;
  fireEvent.input(inputOf(row), { target: { value: '2026' } });
  fireEvent.click(within(row).getByRole('button', { name: /同项/ }));
  const preview = await screen.findByTestId('fill-preview');
  expect(preview.querySelectorAll('.before').length).toBeGreaterThan(0);
  expect(preview.textContent).toContain('20XX年');
  expect(preview.textContent).toContain('2026年');
  expect(preview.textContent).not.toContain('202026');
  expect(page.text()).toBe(report);
  fireEvent.click(within(preview).getByRole('button', { name: /确认填入/ }));
  await waitFor(() => expect(page.text()).not.toBe(report));
  expect(page.text()).not.toContain('202026');
  expect(page.text().split('2026').length - 1).toBe(same.length);
  fireEvent.click(await screen.findByRole('button', { name: '撤销本次填写' }));
  await waitFor(() => expect(page.text()).toBe(report));
  expect(screen.getByTestId('fill-result').textContent).toContain('已撤销');
  // Undone fills are open again: the progress takes them back instead of inventing new blanks.
  await waitFor(() => expect(screen.getByTestId('blank-progress').textContent).toBe(`已填 0 / ${fields.length}`));
});

test('Alt+↓ and Alt+↑ step through the fields in document order, focus the row input and show it on the page', async () => {
  const page = await openBlanks();
  const fields = findFields(report);
  fireEvent.keyDown(document.body, { key: 'ArrowDown', altKey: true });
  fireEvent.keyDown(document.body, { key: 'ArrowDown', altKey: true });
  expect(document.activeElement).toBe(inputOf(rows()[1]));
  fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp', altKey: true });
  expect(document.activeElement).toBe(inputOf(rows()[0]));
  expect(page.jumps.map((j) => j.offset)).toEqual([fields[0].spans[0].start, fields[1].spans[0].start, fields[0].spans[0].start]);
  expect(screen.getByText(`第 1 / ${fields.length} 处`)).toBeTruthy();
  expect(screen.getByText(/Alt\+↓ \/ Alt\+↑/)).toBeTruthy();
});

test('我的信息 fills the known fields through the same preview', async () => {
  const page = await openBlanks();
  const unit = findFields(report).find((f) => f.kind === 'organisation')!;
  await setProfileEntry({ key: unit.key, label: '单位', value: '青山县人民政府' });
  const fillKnown = await screen.findByRole('button', { name: /一键填入已知项（[1-9]/ });
  fireEvent.click(fillKnown);
  const preview = await screen.findByTestId('fill-preview');
  expect(preview.textContent).toContain('青山县人民政府');
  expect(page.text()).toBe(report);
  fireEvent.click(within(preview).getByRole('button', { name: /确认填入/ }));
  await waitFor(() => expect(page.text()).toContain('青山县人民政府'));
});

test('the profile view saves a value and an added item', async () => {
  await openBlanks();
  fireEvent.click(screen.getByRole('button', { name: '我的信息' }));
  const profile = await screen.findByTestId('profile');
  const name = within(profile).getByLabelText('姓名');
  fireEvent.input(name, { target: { value: '李华' } });
  // Typing in another entry while the first is saved keeps what was typed there.
  fireEvent.input(within(profile).getByLabelText('单位'), { target: { value: '青山县' } });
  fireEvent.change(name);
  fireEvent.input(within(profile).getByLabelText(/新项目名称/), { target: { value: '联系电话' } });
  fireEvent.input(within(profile).getByLabelText('内容'), { target: { value: '0571-1234' } });
  fireEvent.click(within(profile).getByRole('button', { name: '添加' }));
  await waitFor(() => expect((within(profile).getByLabelText('联系电话') as HTMLInputElement).value).toBe('0571-1234'));
  expect((within(profile).getByLabelText('姓名') as HTMLInputElement).value).toBe('李华');
  expect((within(profile).getByLabelText('单位') as HTMLInputElement).value).toBe('青山县');
});

test('a name being typed in 我的信息 is not replaced when the library reports a change meanwhile, and is saved when left', async () => {
  await openBlanks();
  fireEvent.click(screen.getByRole('button', { name: '我的信息' }));
  const profile = await screen.findByTestId('profile');
  const name = within(profile).getByLabelText('姓名') as HTMLInputElement;
  fireEvent.focus(name);
  fireEvent.input(name, { target: { value: '王明' } });
  // Another panel saves a name meanwhile: the library reports it while this input has the focus.
  await setProfileEntry({ key: 'person:reporter', label: '姓名', value: '张三' });
  await new Promise((ok) => setTimeout(ok, 300));
  expect(name.value).toBe('王明');
  fireEvent.change(name);
  fireEvent.blur(name);
  await waitFor(() => expect(screen.getByRole('button', { name: /一键填入已知项/ })).toBeDefined());
  const unit = within(profile).getByLabelText('单位') as HTMLInputElement;
  // Not focused: a change reported by the library shows at once.
  await setProfileEntry({ key: 'org:unit', label: '单位', value: '青山县' });
  await waitFor(() => expect(unit.value).toBe('青山县'));
  await waitFor(() => expect(name.value).toBe('王明'));
});

test('Esc in a row hands the field back to the page', async () => {
  const page = await openBlanks();
  const fields = findFields(report);
  const row = rows()[2];
  fireEvent.keyDown(inputOf(row), { key: 'Escape' });
  expect(page.jumps.at(-1)).toEqual({ offset: fields[2].spans[0].start, end: fields[2].spans.at(-1)!.end });
});

test('Shift+Enter opens the same-key preview; Esc closes it and the keyboard is back in the row', async () => {
  const page = await openBlanks();
  const yearKey = findFields(report).find((f) => f.kind === 'year')!.key;
  const row = rows().find((r) => r.dataset.key === yearKey)!;
  fireEvent.focus(inputOf(row));
  fireEvent.keyDown(inputOf(row), { key: 'Enter', shiftKey: true });
  const preview = await screen.findByTestId('fill-preview');
  await waitFor(() => expect(document.activeElement).toBe(within(preview).getByRole('button', { name: /确认填入/ })));
  fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
  await waitFor(() => expect(screen.queryByTestId('fill-preview')).toBeNull());
  expect(document.activeElement).toBe(inputOf(rows().find((r) => r.dataset.key === yearKey)!));
  expect(page.text()).toBe(report);
});

test('a capped state says which N of M it lists, renders only a window of rows, and the keyboard goes past the rendered ones', async () => {
  // 1,500 lines with one blank each: more than the content script's state lists (1,000).
  const flood = ['本单位年度述职报告', '一、主要工作', ...Array.from({ length: 1_500 }, (_, i) => `第${i + 1}项工作完成XX件。`)].join('\n');
  await openBlanks(fakePage(flood));
  const note = await screen.findByTestId('blanks-capped');
  expect(note.textContent).toContain('共 1500 处');
  expect(note.textContent).toContain('第 1–1000 处');
  expect(screen.getByTestId('blank-count').textContent).toBe('1000+');
  const first = rows();
  expect(first.length).toBeGreaterThan(0);
  expect(first.length).toBeLessThanOrEqual(MAX_ROWS);
  expect(first.length).toBeLessThan(1_000);
  expect(first[0].getAttribute('aria-setsize')).toBe('1000');

  // Alt+↓ from the last rendered row: the next one is rendered and takes the focus.
  const last = first.at(-1)!;
  const next = Number(last.dataset.index) + 1;
  inputOf(last).focus();
  fireEvent.focus(inputOf(last));
  await waitFor(() => expect(last.classList.contains('active')).toBe(true));
  fireEvent.keyDown(document, { key: 'ArrowDown', altKey: true });
  await waitFor(() => expect(document.activeElement).toBe(inputOf(rowAt(next)!)));
  expect(rowAt(next)!.textContent).toContain(`第${next + 1}项`);
});

describe('10,000 fields (the panel holding every field of the text)', () => {
  const LINES = 10_000;
  const bigReport = [
    '本单位年度述职报告',
    '述职人：____',
    ...Array.from({ length: LINES }, (_, i) => `第${i + 1}项工作完成XX件。`),
    '述职人：____',
  ].join('\n');
  const open = () => openBlanks(fakePage(bigReport, undefined, { allFields: true }));
  const bounded = () => {
    const n = rows().length;
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(MAX_ROWS);
  };

  test('the DOM holds a bounded window of rows and no "first N of M" notice', async () => {
    await open();
    expect(rows()[0].getAttribute('aria-setsize')).toBe(String(LINES + 2));
    bounded();
    expect(screen.queryByTestId('blanks-capped')).toBeNull();
  });

  test('the current field follows the caret to field 5,000; Alt+↓ and Enter carry on from there', async () => {
    const page = await open();
    const fields = findFields(bigReport);
    // Field 4,999 (index 4,998) is `第4998项…` (the name is field 1).
    await page.setCaret(fields[4_998].spans[0].start);
    await waitFor(() => expect(rowAt(4_998)?.classList.contains('active')).toBe(true));
    expect(rowAt(4_998)!.textContent).toContain('第4998项');
    expect(rowAt(0)).toBeUndefined();
    bounded();

    fireEvent.keyDown(document.body, { key: 'ArrowDown', altKey: true });
    await waitFor(() => expect(document.activeElement).toBe(inputOf(rowAt(4_999)!)));
    expect(rowAt(4_999)!.textContent).toContain('第4999项');
    expect(screen.getByText(`第 5000 / ${fields.length} 处`)).toBeTruthy();
    expect(page.jumps.at(-1)!.offset).toBe(fields[4_999].spans[0].start);

    const input = inputOf(rowAt(4_999)!);
    fireEvent.input(input, { target: { value: '7' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(page.text()).toContain('第4999项工作完成7件。'));
    // The filled row is gone; the focus is on the next field, now at the same position.
    await waitFor(() => expect(document.activeElement).toBe(inputOf(rowWith('第5000项'))));
    expect(rowWith('第5000项').dataset.index).toBe('4999');
    bounded();
  });

  test('fill several reaches rows that are not rendered: the preview lists them, confirm writes them', async () => {
    const page = await open();
    const row = rows().find((r) => r.dataset.kind === 'person')!;
    expect(rows().filter((r) => r.dataset.kind === 'person')).toHaveLength(1); // the last one is far below
    fireEvent.input(inputOf(row), { target: { value: '李华' } });
    fireEvent.click(within(row).getByRole('button', { name: /同项/ }));
    const preview = await screen.findByTestId('fill-preview');
    expect(preview.querySelectorAll('.after mark')).toHaveLength(2);
    fireEvent.click(within(preview).getByRole('button', { name: /确认填入/ }));
    await waitFor(() => expect(page.text().split('述职人：李华').length - 1).toBe(2));
    expect(page.text()).not.toContain('____');
  });
});
