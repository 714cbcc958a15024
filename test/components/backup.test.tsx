import { afterEach, beforeEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '@/components/App';
import { addPhrase, deleteLibrary, exportAll, listPhrases, serializeBackup } from '@/lib/db';
import { fakePage } from './fake-page';

beforeEach(async () => {
  await deleteLibrary();
});
afterEach(cleanup);

async function chooseFile(text: string) {
  render(<App link={fakePage('一、主要工作')} language="zh" />);
  fireEvent.click(await screen.findByRole('tab', { name: '设置' }));
  const input = (await screen.findByTestId('import-file')) as HTMLInputElement;
  const file = new File([text], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file] });
  fireEvent.change(input);
}

test('importing a backup first previews what will change, then applies it', async () => {
  await addPhrase({ text: '备份里的新常用语' });
  const backup = serializeBackup(await exportAll());
  await deleteLibrary();
  await chooseFile(backup);
  const preview = await screen.findByTestId('import-preview');
  expect(preview.textContent).toMatch(/新增 [1-9]\d* 条/);
  expect((await listPhrases()).some((p) => p.text === '备份里的新常用语')).toBe(false);
  fireEvent.click(screen.getByRole('button', { name: '应用导入' }));
  await waitFor(async () => expect((await listPhrases()).some((p) => p.text === '备份里的新常用语')).toBe(true));
});

test('a broken backup file gives a clear message and changes nothing', async () => {
  await chooseFile('{not json');
  await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('导入失败'));
  expect(screen.queryByTestId('import-preview')).toBeNull();
});
