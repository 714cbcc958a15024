import { afterEach, beforeEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '@/components/App';
import { addTemplate, deleteLibrary } from '@/lib/db';
import { fakePage } from './fake-page';

beforeEach(async () => {
  await deleteLibrary();
});
afterEach(cleanup);

const doc = '一、主要工作\n二、存在问题';

test('the template form fills named fields and leaves empty ones as visible blanks', async () => {
  await addTemplate({ name: '测试模板', body: '{单位}{年度}年度工作总结\n一、主要工作' });
  const page = fakePage(doc);
  render(<App link={page} language="zh" />);
  fireEvent.click(await screen.findByRole('tab', { name: '模板' }));
  fireEvent.click(await screen.findByRole('button', { name: '使用：测试模板' }));
  fireEvent.input(screen.getByLabelText('年度'), { target: { value: '2025' } });
  await waitFor(() => expect(screen.getByTestId('template-preview').textContent).toContain('2025年度工作总结'));
  expect(screen.getByTestId('template-preview').textContent).not.toContain('{单位}');
  fireEvent.click(screen.getByRole('button', { name: '插入模板' }));
  await waitFor(() => expect(page.inserted).toHaveLength(1));
  expect(page.inserted[0]).toMatch(/^XX.*2025年度工作总结/);
});

test('choosing English in settings switches the panel strings', async () => {
  render(<App link={fakePage(doc)} />);
  fireEvent.click(await screen.findByRole('tab', { name: /设置|Settings/ }));
  fireEvent.change(await screen.findByRole('combobox', { name: /界面语言|Language/ }), { target: { value: 'en' } });
  await waitFor(() => expect(screen.getByRole('tab', { name: 'Outline' })).toBeTruthy());
  fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'zh' } });
  await waitFor(() => expect(screen.getByRole('tab', { name: '大纲' })).toBeTruthy());
});
