import { afterEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '@/components/App';
import type { PageLink } from '@/lib/panel/page-link';
import { fakePage } from './fake-page';

afterEach(cleanup);

const pasted = '一、主要工作\n（一）加强学习。全年学习XX次。\n二、存在问题';

/** A page where no editor answers: every request to it fails. */
function silentPage(selection = ''): PageLink {
  const fail = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
  return {
    getState: fail,
    jumpTo: async () => false,
    insertText: fail,
    replaceRange: fail,
    fillLabel: fail,
    applyFix: fail,
    applyEdits: fail,
    applyFixEdits: fail,
    insertTemplate: fail,
    previewEdits: fail,
    setHighlights: async () => {},
    getSelectionText: async () => selection,
    pageUrl: async () => 'https://docs.example.cn/doc/1',
    onStateChanged: () => () => {},
  };
}

test('without a supported editor the panel says so and offers analysing pasted text', async () => {
  render(<App link={silentPage()} language="zh" />);
  await screen.findByText('此页面未发现支持的编辑器，已切换到简化模式。');
  fireEvent.input(screen.getByLabelText('粘贴要分析的文本'), { target: { value: pasted } });
  fireEvent.click(screen.getByRole('button', { name: '分析粘贴的文本' }));
  await waitFor(() => expect(screen.getByTestId('outline').textContent).toContain('存在问题'));
  expect(screen.getByTestId('blank-count').textContent).toBe('1');
});

test('the page selection can be analysed when no editor is found', async () => {
  render(<App link={silentPage(pasted)} language="zh" />);
  fireEvent.click(await screen.findByRole('button', { name: '分析页面选中文字' }));
  await waitFor(() => expect(screen.getByTestId('outline').textContent).toContain('存在问题'));
});

test('an empty page selection gives a clear message instead of an empty analysis', async () => {
  render(<App link={silentPage('')} language="zh" />);
  fireEvent.click(await screen.findByRole('button', { name: '分析页面选中文字' }));
  await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('页面上没有选中文字'));
});

test('a page with an editor shows no simplified-mode box', async () => {
  render(<App link={fakePage(pasted)} language="zh" />);
  await screen.findByTestId('outline');
  expect(screen.queryByText('简化模式')).toBeNull();
});
