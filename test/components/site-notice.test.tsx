import { afterEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '@/components/App';
import type { EditorInfo } from '@/lib/protocol';
import { fakePage } from './fake-page';

afterEach(cleanup);

const DOCS_DEGRADED: EditorInfo = { id: 'google-docs', name: 'Google Docs', features: ['fullText'], notice: 'site.googleDocs.noCanvas' };
const exported = '一、主要工作\n（一）加强学习。全年学习XX次。\n二、存在问题\n某某部门配合不够。';

test('a named degraded mode shows why, never "no supported editor", and offers the whole document', async () => {
  const page = fakePage('', DOCS_DEGRADED);
  let asked = 0;
  page.loadFullText = async () => {
    asked++;
    page.setText(exported);
    return true;
  };
  render(<App link={page} language="zh" />);
  expect((await screen.findByTestId('editor-notice')).textContent).toContain('Google Docs 未开放画布文本');
  expect(screen.queryByText('此页面未发现支持的编辑器，已切换到简化模式。')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: '分析全文' }));
  await waitFor(() => expect(screen.getByTestId('blank-count').textContent).toBe('2'));
  expect(asked).toBe(1);
});

test('when the whole document cannot be read the user is told what to do instead', async () => {
  const page = fakePage('', DOCS_DEGRADED);
  page.loadFullText = async () => false;
  render(<App link={page} language="en" />);
  fireEvent.click(await screen.findByRole('button', { name: 'Analyse whole document' }));
  await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('Could not read the whole document'));
});

test('an editor without the feature shows no whole-document button and no notice', async () => {
  render(<App link={fakePage(exported)} language="zh" />);
  await screen.findByTestId('outline');
  expect(screen.queryByTestId('load-full-text')).toBeNull();
  expect(screen.queryByTestId('editor-notice')).toBeNull();
});
