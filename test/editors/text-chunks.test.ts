import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ChunkTable, splitChunks } from '../../lib/editors/text-chunks';

// A stand-in for layout: a chunk's height depends on its own text only, as a paragraph's lines do.
const heightOf = (text: string) => 10 * text.split('\n').length + (text.length % 7);

function measureAll(table: ChunkTable): void {
  table.chunks.forEach((chunk, i) => {
    if (chunk.height === null) table.setHeight(i, heightOf(table.text.slice(chunk.start, chunk.end)));
  });
}

/** The chunks tile the text, each starts a paragraph, and every known height is that of its current text. */
function expectConsistent(table: ChunkTable): void {
  const { text, chunks } = table;
  expect(chunks[0]?.start ?? 0).toBe(0);
  expect(chunks.at(-1)?.end ?? 0).toBe(text.length);
  chunks.forEach((chunk, i) => {
    expect(chunk.end).toBeGreaterThan(chunk.start);
    if (i > 0) expect(chunk.start).toBe(chunks[i - 1].end);
    if (chunk.start > 0) expect(text[chunk.start - 1]).toBe('\n');
    if (chunk.height !== null) expect(chunk.height).toBe(heightOf(text.slice(chunk.start, chunk.end)));
  });
}

const paragraph = fc.stringMatching(/^[甲乙丙XＸ某a ]{0,30}$/);
const document = fc.array(paragraph, { minLength: 1, maxLength: 60 }).map((lines) => `${lines.join('\n')}\n`);

describe('cutting a field value into chunks of paragraphs', () => {
  test('a chunk ends at the first paragraph end after its size; a long paragraph stays whole', () => {
    const text = 'aaa\nbbbbbbbbbb\nc\nd\n';
    expect(splitChunks(text, 0, text.length, 5).map((c) => text.slice(c.start, c.end))).toEqual(['aaa\nbbbbbbbbbb\n', 'c\nd\n']);
    expect(splitChunks(text, 4, 15, 2).map((c) => text.slice(c.start, c.end))).toEqual(['bbbbbbbbbb\n']);
  });

  test('after any edits the chunks tile the text and the heights kept are those of unchanged chunks', () => {
    fc.assert(
      fc.property(
        document,
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), paragraph, fc.boolean()), { maxLength: 8 }),
        (initial, edits) => {
          const table = new ChunkTable(20);
          table.update(initial);
          measureAll(table);
          let text = initial;
          for (const [at, removed, inserted, newline] of edits) {
            // The final '\n' stays, as the mirror always appends one.
            const start = at % text.length;
            const end = Math.min(text.length - 1, start + removed);
            text = text.slice(0, start) + inserted + (newline ? '\n' : '') + text.slice(Math.max(start, end));
            table.update(text);
            expectConsistent(table);
            if (at % 2) measureAll(table);
          }
        },
      ),
    );
  });

  test('an edit inside one chunk keeps the heights of all the others', () => {
    const text = Array.from({ length: 40 }, (_, i) => `第${i}段内容XX`).join('\n') + '\n';
    const table = new ChunkTable(30);
    table.update(text);
    measureAll(table);
    const before = table.chunks.length;
    const at = text.indexOf('第20段') + 2;
    table.update(`${text.slice(0, at)}某${text.slice(at)}`);
    expect(table.chunks.filter((c) => c.height === null)).toHaveLength(1);
    expect(table.chunks).toHaveLength(before);
    expectConsistent(table);
  });
});

describe('where chunks are', () => {
  test('tops are the sums of the heights before; a top past an unmeasured chunk is unknown', () => {
    const table = new ChunkTable(4);
    table.update('aaaa\nbbbb\ncccc\ndddd\n');
    expect(table.chunks).toHaveLength(4);
    table.setHeight(0, 10);
    table.setHeight(1, 20);
    table.setHeight(3, 40);
    expect([table.top(0), table.top(1), table.top(2), table.top(3)]).toEqual([0, 10, 30, null]);
    expect(table.complete).toBe(false);
    expect(table.nextUnmeasured()).toBe(2);
    table.setHeight(2, 30);
    expect(table.top(4)).toBe(100);
    expect(table.complete).toBe(true);
    // A chunk measured again (e.g. after a resize) moves the ones after it.
    table.setHeight(1, 25);
    expect(table.top(3)).toBe(65);
  });

  test('the chunks covering a band of heights, or null while the heights do not reach it', () => {
    const table = new ChunkTable(4);
    table.update('aaaa\nbbbb\ncccc\ndddd\n');
    table.setHeight(0, 10);
    table.setHeight(1, 10);
    expect(table.rangeAt(0, 15)).toEqual({ first: 0, last: 1 });
    expect(table.rangeAt(12, 18)).toEqual({ first: 1, last: 1 });
    expect(table.rangeAt(5, 25)).toBeNull();
    table.setHeight(2, 10);
    table.setHeight(3, 10);
    expect(table.rangeAt(5, 25)).toEqual({ first: 0, last: 2 });
    expect(table.rangeAt(-100, 1000)).toEqual({ first: 0, last: 3 });
    // Scrolled past the end (the field's padding): the last chunk.
    expect(table.rangeAt(60, 70)).toEqual({ first: 3, last: 3 });
    expect(table.indexAt(0)).toBe(0);
    expect(table.indexAt(5)).toBe(1);
    expect(table.indexAt(19)).toBe(3);
  });
});
