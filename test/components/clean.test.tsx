import { afterEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '@/components/App';
import { fakePage } from './fake-page';

afterEach(cleanup);

const copied = ['首页 > 范文大全 > 工作总结', '一、总体情况k7 T, A2 _', '全年开展活动XX次。', '相关推荐'].join('\n');

async function openClean(language: 'zh' | 'en' = 'zh') {
  render(<App link={fakePage('一、总体\n共XX人')} language={language} />);
  fireEvent.click(await screen.findByRole('tab', { name: language === 'zh' ? '清理' : 'Clean' }, { timeout: 5000 }));
}

async function cleanCopied(text = copied) {
  fireEvent.input(await screen.findByLabelText('粘贴从网上复制的模板', {}, { timeout: 5000 }), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: '清理' }));
}

test('清理 lists every removed line and fragment with its reason', async () => {
  await openClean();
  await cleanCopied();
  const list = await screen.findByRole('group', {}, { timeout: 5000 });
  const items = within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
  expect(items).toEqual([
    expect.stringContaining('第 1 行 · 网页栏目首页 > 范文大全 > 工作总结'),
    expect.stringContaining('第 2 行的片段 · 防复制乱码k7 T, A2 _'),
    expect.stringContaining('第 4 行 · 网页栏目相关推荐'),
  ]);
  expect((screen.getByTestId('clean-result') as HTMLTextAreaElement).value).toBe('一、总体情况\n全年开展活动XX次。');
});

test('a removal the user keeps goes back into the result', async () => {
  await openClean();
  await cleanCopied();
  const list = await screen.findByRole('group', {}, { timeout: 5000 });
  fireEvent.click(within(list).getAllByRole('checkbox', { name: '保留' })[2]);
  await waitFor(() =>
    expect((screen.getByTestId('clean-result') as HTMLTextAreaElement).value).toBe('一、总体情况\n全年开展活动XX次。\n相关推荐'),
  );
  expect(screen.getByText('删除了 2 处广告、网页栏目或乱码。')).toBeTruthy();
});

test('Traditional text is offered conversion to Simplified', async () => {
  await openClean();
  await cleanCopied('會議紀要\n參加人員XX人，發言X次，會議時間X月X日');
  fireEvent.click(await screen.findByRole('button', { name: '转为简体' }));
  await waitFor(() => expect((screen.getByTestId('clean-result') as HTMLTextAreaElement).value).toContain('会议纪要'), { timeout: 10_000 });
});
