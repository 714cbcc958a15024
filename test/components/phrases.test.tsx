import { afterEach, beforeEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '@/components/App';
import { addPhrase, deleteLibrary, listPhrases } from '@/lib/db';
import { fakePage } from './fake-page';

beforeEach(async () => {
  await deleteLibrary();
});
afterEach(cleanup);

const doc = '一、主要工作\n（一）加强学习。';

async function openPhrases(page = fakePage(doc)) {
  render(<App link={page} language="zh" />);
  fireEvent.click(await screen.findByRole('tab', { name: '常用语' }));
  await screen.findByRole('searchbox');
  return page;
}

test('typing pinyin initials finds the phrase and Insert sends it to the page', async () => {
  await addPhrase({ text: '现将本人履职情况报告如下' });
  await addPhrase({ text: '存在的主要问题' });
  const page = await openPhrases();
  fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'xjbr' } });
  await waitFor(() => {
    const items = within(screen.getByTestId('phrase-list')).getAllByRole('listitem');
    const texts = items.map((li) => li.querySelector('.text')!.textContent);
    expect(texts[0]).toBe('现将本人履职情况报告如下');
    expect(texts).not.toContain('存在的主要问题');
  });
  fireEvent.click(screen.getByRole('button', { name: '插入：现将本人履职情况报告如下' }));
  await waitFor(() => expect(page.inserted).toEqual(['现将本人履职情况报告如下']));
});

test('a phrase containing HTML is shown as plain text, never as markup', async () => {
  await addPhrase({ text: '<img src=x onerror="window.__pwned=1"><b>加粗</b>' });
  await openPhrases();
  fireEvent.input(screen.getByRole('searchbox'), { target: { value: '加粗' } });
  await waitFor(() => expect(screen.getByTestId('phrase-list').textContent).toContain('<img src=x onerror="window.__pwned=1"><b>加粗</b>'));
  expect(screen.getByTestId('phrase-list').querySelector('img, b')).toBeNull();
});

test('favourites view shows only starred phrases after starring one', async () => {
  await addPhrase({ text: '以上报告，请予审议' });
  await addPhrase({ text: '下步工作打算如下' });
  await openPhrases();
  fireEvent.click(screen.getByRole('button', { name: '我的' }));
  await waitFor(() => expect(within(screen.getByTestId('phrase-list')).getAllByRole('listitem')).toHaveLength(2));
  const first = within(screen.getByTestId('phrase-list')).getAllByRole('listitem')[0];
  const text = first.querySelector('.text')!.textContent!;
  fireEvent.click(within(first).getByRole('button', { name: '加入收藏' }));
  fireEvent.click(screen.getByRole('button', { name: '收藏' }));
  await waitFor(() =>
    expect(
      within(screen.getByTestId('phrase-list'))
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.text')!.textContent),
    ).toEqual([text]),
  );
});

test('adding an own phrase stores it and shows it under Mine; an empty one is refused with a message', async () => {
  await openPhrases();
  fireEvent.click(screen.getByRole('button', { name: /添加常用语/ }));
  fireEvent.click(screen.getByRole('button', { name: '保存' }));
  await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('不能为空'));
  fireEvent.input(screen.getByLabelText('内容'), { target: { value: '坚持以人民为中心的发展思想' } });
  fireEvent.click(screen.getByRole('button', { name: '保存' }));
  await waitFor(async () =>
    expect((await listPhrases()).some((p) => p.text === '坚持以人民为中心的发展思想' && p.source === 'user')).toBe(true),
  );
  fireEvent.click(screen.getByRole('button', { name: '我的' }));
  await waitFor(() => expect(screen.getByTestId('phrase-list').textContent).toContain('坚持以人民为中心的发展思想'));
});
