// Two panels edit the same library: a save from a form loaded before the other panel's save is
// refused, as are edits of a phrase deleted meanwhile and edits into another phrase's text.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addPhrase,
  addTemplate,
  deletePhrase,
  deleteTemplate,
  getPhrase,
  getTemplate,
  LibraryInputError,
  listPhrases,
  setFavourite,
  updatePhrase,
  updateTemplate,
} from '../../lib/db';
import { freshLibrary } from './helpers';

beforeEach(async () => {
  await freshLibrary();
});

async function loaded(text: string) {
  const id = await addPhrase({ text, category: 'results' }, 1000);
  return { id, form: (await getPhrase(id))! };
}

describe('edits from two panels', () => {
  it("a save from a stale form is refused and the other panel's edit stays", async () => {
    const { id, form } = await loaded('全年完成XX项重点任务。');
    await updatePhrase(id, { text: '全年完成XX项重点任务（另一面板）。' }, 2000, form);
    const error = await updatePhrase(id, { text: '全年完成XX项重点任务（本面板）。' }, 3000, form).catch((e) => e);
    expect(error).toBeInstanceOf(LibraryInputError);
    expect(error.text.zh).toContain('已在其他窗口中被修改');
    expect((await getPhrase(id))!.text).toBe('全年完成XX项重点任务（另一面板）。');
  });

  it('a favourite set elsewhere does not make the form stale', async () => {
    const { id, form } = await loaded('全年开展XX次专题调研。');
    await setFavourite(id, true);
    await updatePhrase(id, { text: '全年开展XX次专题调研和督导。' }, 3000, form);
    expect(await getPhrase(id)).toMatchObject({ text: '全年开展XX次专题调研和督导。', favourite: true });
  });

  it('saving an edit of a phrase deleted elsewhere says so and adds nothing', async () => {
    const { id, form } = await loaded('全年培训干部XX人次。');
    const before = (await listPhrases()).length;
    await deletePhrase(id);
    const error = await updatePhrase(id, { text: '全年培训干部XX人次（改）。' }, 3000, form).catch((e) => e);
    expect(error).toBeInstanceOf(LibraryInputError);
    expect(error.text.zh).toContain('已在其他窗口中被删除');
    expect((await listPhrases()).length).toBe(before - 1);
  });

  it("editing into another phrase's text is refused: no duplicates", async () => {
    await addPhrase({ text: '严格落实党风廉政建设责任制。' });
    const { id, form } = await loaded('严格落实安全生产责任制。');
    const error = await updatePhrase(id, { text: '严格落实党风廉政建设责任制。' }, 3000, form).catch((e) => e);
    expect(error).toBeInstanceOf(LibraryInputError);
    expect(error.text.en).toContain('Another phrase already has this text');
    expect((await listPhrases()).filter((p) => p.text === '严格落实党风廉政建设责任制。')).toHaveLength(1);
    expect((await getPhrase(id))!.text).toBe('严格落实安全生产责任制。');
  });

  it("a template renamed onto another template's name, or deleted elsewhere, is refused", async () => {
    await addTemplate({ name: '季度工作总结（我的）', body: '一、XX' });
    const id = await addTemplate({ name: '半年工作总结（我的）', body: '一、XX' });
    const duplicate = await updateTemplate(id, { name: '季度工作总结（我的）' }).catch((e) => e);
    expect(duplicate).toBeInstanceOf(LibraryInputError);
    expect((await getTemplate(id))!.name).toBe('半年工作总结（我的）');
    await deleteTemplate(id);
    const gone = await updateTemplate(id, { body: '二、XX' }).catch((e) => e);
    expect(gone).toBeInstanceOf(LibraryInputError);
    expect(gone.text.zh).toContain('已在其他窗口中被删除');
  });
});
