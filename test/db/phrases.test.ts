import { beforeEach, describe, expect, it } from 'vitest';
import {
  addPhrase,
  deletePhrase,
  getPhrase,
  LibraryInputError,
  LIMITS,
  listPhrases,
  recordUse,
  listRecentPhrases,
  setFavourite,
  updatePhrase,
} from '../../lib/db';
import { freshLibrary } from './helpers';

beforeEach(async () => {
  await freshLibrary();
});

describe('phrases', () => {
  it('a phrase the user adds can be read back, edited, favourited and deleted', async () => {
    const id = await addPhrase({ text: '  本年度共走访群众XX户。 ', category: 'results', tags: ['调研', '调研', ' '] });
    expect(await getPhrase(id)).toMatchObject({
      text: '本年度共走访群众XX户。',
      category: 'results',
      tags: ['调研'],
      source: 'user',
      favourite: false,
    });
    await updatePhrase(id, { text: '本年度共走访群众XX户，收集意见XX条。' });
    await setFavourite(id, true);
    expect(await getPhrase(id)).toMatchObject({ text: '本年度共走访群众XX户，收集意见XX条。', favourite: true });
    await deletePhrase(id);
    expect(await getPhrase(id)).toBeUndefined();
  });

  it('adding the same text twice keeps one phrase', async () => {
    const before = (await listPhrases()).length;
    const a = await addPhrase({ text: '坚持问题导向，逐项抓好整改。' });
    const b = await addPhrase({ text: '坚持问题导向，逐项抓好整改。' });
    expect(b).toBe(a);
    expect((await listPhrases()).length).toBe(before + 1);
  });

  it('empty or oversized text is refused with a message and nothing is stored', async () => {
    const before = (await listPhrases()).length;
    await expect(addPhrase({ text: '   ' })).rejects.toBeInstanceOf(LibraryInputError);
    const error = await addPhrase({ text: '字'.repeat(LIMITS.phraseChars + 1) }).catch((e) => e);
    expect(error).toBeInstanceOf(LibraryInputError);
    expect(error.text.zh).toContain('过长');
    expect((await listPhrases()).length).toBe(before);
  });

  it('recently used phrases come newest first', async () => {
    const a = await addPhrase({ text: '甲甲甲' });
    const b = await addPhrase({ text: '乙乙乙' });
    await recordUse(a, 1000);
    await recordUse(b, 2000);
    await recordUse(a, 3000);
    expect((await listRecentPhrases()).map((p) => p.text)).toEqual(['甲甲甲', '乙乙乙']);
  });
});
