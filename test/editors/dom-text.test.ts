import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildTextMap, DomTextIndex } from '../../lib/editors/dom-text';

function editor(html: string): HTMLElement {
  document.body.innerHTML = '';
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

describe('reading an editor as lines', () => {
  test('paragraphs, headings and list items are lines', () => {
    const root = editor('<h1>标题</h1><p>一、总体情况</p><ul><li>甲</li><li>乙</li></ul><div>丙</div>');
    expect(buildTextMap(root).text).toBe('标题\n一、总体情况\n甲\n乙\n丙');
  });

  test('a <br> inside a paragraph is a line break, the filler <br> of an empty paragraph is an empty line', () => {
    const root = editor('<p>第一行<br>第二行</p><p><br></p><p>第四行<br></p><p>第五行</p>');
    expect(buildTextMap(root).text).toBe('第一行\n第二行\n\n第四行\n第五行');
  });

  test('two <br> in a row make an empty line', () => {
    expect(buildTextMap(editor('甲<br><br>乙')).text).toBe('甲\n\n乙');
  });

  test('inline formatting does not split a line', () => {
    expect(buildTextMap(editor('<p>全年完成<b>XX</b>万元，<span><i>X</i>月</span>底前</p>')).text).toBe('全年完成XX万元，X月底前');
  });

  test('widgets, scripts, styles and hidden parts are not text', () => {
    const root = editor(
      '<p>正文<span contenteditable="false">[按钮]</span>继续</p><style>p{}</style><script>1</script><p hidden>隐藏</p><p style="display:none">也隐藏</p><p>结尾</p>',
    );
    expect(buildTextMap(root).text).toBe('正文继续\n结尾');
  });

  test('an editor-specific element can be dropped or count as an empty line', () => {
    const root = editor('<p>甲</p><p><span data-filler>\uFEFF</span></p><p>乙<span data-ui>●</span></p>');
    const map = buildTextMap(root, {
      classify: (el) => (el.hasAttribute('data-filler') ? 'empty-line' : el.hasAttribute('data-ui') ? 'skip' : undefined),
    });
    expect(map.text).toBe('甲\n\n乙');
  });

  test('line breaks typed in pre-wrap text are kept; markup indentation between blocks is not text', () => {
    const root = editor('<div style="white-space: pre-wrap">一、主要工作\n（一）学习</div>\n   <p>二、问题</p>\n');
    expect(buildTextMap(root).text).toBe('一、主要工作\n（一）学习\n二、问题');
  });

  test('an empty editor reads as empty text and offers a caret at its start', () => {
    const root = editor('');
    const map = buildTextMap(root);
    expect(map.text).toBe('');
    const caret = map.rangeFor({ start: 0, end: 0 })!;
    expect([caret.startContainer, caret.startOffset, caret.collapsed]).toEqual([root, 0, true]);
  });
});

describe('mapping spans back to the page', () => {
  test('a blank inside formatted text maps to exactly that blank', () => {
    const root = editor('<p>一、概况</p><p>全年完成<b>XX</b>万元，培训X名干部</p>');
    const map = buildTextMap(root);
    const start = map.text.indexOf('XX万元');
    expect(map.rangeFor({ start, end: start + 4 })!.toString()).toBe('XX万元');
    const x = map.text.indexOf('X名');
    expect(map.rangeFor({ start: x, end: x + 1 })!.toString()).toBe('X');
  });

  test('a caret at the end of a line stays on that line', () => {
    const root = editor('<p>第一段</p><p>第二段</p>');
    const range = buildTextMap(root).rangeFor({ start: 3, end: 3 })!;
    expect(range.startContainer.textContent).toBe('第一段');
    expect(range.startOffset).toBe(3);
  });

  test('a caret on an empty line lands in the empty paragraph', () => {
    const root = editor('<p>甲</p><p><br></p><p>乙</p>');
    const range = buildTextMap(root).rangeFor({ start: 2, end: 2 })!;
    expect(range.startContainer).toBe(root.children[1]);
  });

  test('spans past the end are clamped, never thrown on', () => {
    const map = buildTextMap(editor('<p>甲乙</p>'));
    expect(map.rangeFor({ start: 1, end: 99 })!.toString()).toBe('乙');
    expect(map.rangeFor({ start: -5, end: 1 })!.toString()).toBe('甲');
  });

  test('any span maps to the same characters (property)', () => {
    const block = fc.array(fc.constantFrom('甲', 'X', '某', '，', '1', ' '), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(block, block, fc.constantFrom('p', 'div', 'li')), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        (blocks, a, b) => {
          const root = editor(blocks.map(([plain, bold, tag]) => `<${tag}>${plain}<b>${bold}</b></${tag}>`).join(''));
          const map = buildTextMap(root);
          const start = Math.min(a, b) % (map.text.length + 1);
          const end = Math.min(Math.max(a, b), start + 40) % (map.text.length + 1);
          if (end <= start) return;
          const range = map.rangeFor({ start, end });
          const expected = map.text.slice(start, end).replace(/\n/g, '');
          if (expected === '') return;
          expect(range!.toString()).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('many spans mapped at once give the Ranges mapped one at a time (property: nested and odd DOMs)', () => {
    // Text pieces with surrogate pairs, CRLF and pre-wrap line breaks; <br>, empty and filler nodes.
    const piece = fc.constantFrom('甲', 'XX', '某某', '𠀀X', 'a\r\nb', '\n', ' ', '，');
    const inline: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        piece,
        fc.constant('<br>'),
        fc.constant('<span></span>'),
        fc.constant('<span data-filler>\uFEFF</span>'),
        fc.constant('<span contenteditable="false">按钮</span>'),
        fc
          .tuple(fc.constantFrom('b', 'span', 'i'), fc.array(tie('node'), { maxLength: 3 }))
          .map(([t, kids]) => `<${t}>${kids.join('')}</${t}>`),
        fc
          .tuple(fc.constantFrom('p', 'div', 'li', 'div style="white-space: pre-wrap"'), fc.array(tie('node'), { maxLength: 4 }))
          .map(([t, kids]) => `<${t}>${kids.join('')}</${t.split(' ')[0]}>`),
      ),
    })).node;
    const span = fc.tuple(fc.integer({ min: -2, max: 40 }), fc.integer({ min: 0, max: 6 }));
    fc.assert(
      fc.property(
        fc.array(inline, { minLength: 0, maxLength: 8 }),
        fc.array(span, { maxLength: 40 }),
        fc.boolean(),
        (nodes, raw, sorted) => {
          const root = editor(nodes.join(''));
          const map = buildTextMap(root, { classify: (el) => (el.hasAttribute('data-filler') ? 'empty-line' : undefined) });
          const spans = raw.map(([start, length]) => ({ start, end: start + length }));
          if (sorted) spans.sort((a, b) => a.start - b.start || a.end - b.end);
          const point = (r: Range | null) => r && [r.startContainer, r.startOffset, r.endContainer, r.endOffset];
          expect(map.rangesFor(spans).map(point)).toEqual(spans.map((s) => point(map.rangeFor(s))));
        },
      ),
      { numRuns: 600 },
    );
  });

  test('spans far apart in a long document are found by the forward walk', () => {
    const root = editor(Array.from({ length: 3000 }, (_, i) => `<p>第${i}段<b>XX</b>尾</p>`).join(''));
    const map = buildTextMap(root);
    const spans = [5, 6, 7, 900, 2999].map((line) => {
      const start = map.text.indexOf(`第${line}段XX`) + `第${line}段`.length;
      return { start, end: start + 2 };
    });
    const ranges = map.rangesFor(spans);
    expect(ranges.map((r) => r!.toString())).toEqual(['XX', 'XX', 'XX', 'XX', 'XX']);
    expect(ranges.map((r) => r!.startContainer.parentElement!.parentElement)).toEqual([5, 6, 7, 900, 2999].map((i) => root.children[i]));
  });

  test('a DOM position converts back to the text offset', () => {
    const root = editor('<p>一、概况</p><p>全年完成<b>XX</b>万元</p>');
    const map = buildTextMap(root);
    const bold = root.querySelector('b')!.firstChild!;
    expect(map.offsetAt(bold, 1)).toBe(map.text.indexOf('XX') + 1);
    // Between elements: the start of the next text.
    expect(map.offsetAt(root, 1)).toBe(map.text.indexOf('全年'));
    expect(map.offsetAt(document.body, 0)).toBeNull();
  });
});

describe('keeping the map current', () => {
  test('after an edit the text is read again, without waiting', () => {
    const root = editor('<p>甲</p>');
    const index = new DomTextIndex(root);
    expect(index.get().text).toBe('甲');
    const p = document.createElement('p');
    p.textContent = '乙';
    root.append(p);
    expect(index.get().text).toBe('甲\n乙');
    (root.firstChild!.firstChild as Text).data = '丙';
    expect(index.get().text).toBe('丙\n乙');
    index.dispose();
  });

  test('an unchanged document is not walked again', () => {
    const root = editor('<p>甲</p>');
    const index = new DomTextIndex(root);
    expect(index.get()).toBe(index.get());
    index.dispose();
  });

  // 1 MB runs in real Chromium (adapters.e2e.ts); happy-dom parses too slowly for that here.
  test('a long document reads in full and maps its last blank', () => {
    const line = '（一）全年组织学习XX次，培训X名干部，完成投资XX万元。';
    const paragraphs = Math.ceil(100_000 / line.length);
    const root = editor(Array.from({ length: paragraphs }, () => `<p>${line}</p>`).join(''));
    const map = buildTextMap(root);
    expect(map.text.length).toBe(paragraphs * line.length + paragraphs - 1);
    const last = map.text.lastIndexOf('XX万元');
    expect(map.rangeFor({ start: last, end: last + 4 })!.toString()).toBe('XX万元');
  });
});

describe('reading ahead in slices', () => {
  const paragraphs = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p>第${i}段，全年完成<b>XX</b>万元<br>其中某某项目X个</p>`).join('');

  test('a long document is read a slice per task and gives the same text and ranges as one read', async () => {
    const root = editor(paragraphs(3000));
    const index = new DomTextIndex(root);
    let otherTasks = 0;
    const tick = () => {
      otherTasks++;
      if (otherTasks < 1000) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    // A zero budget stops after every few hundred nodes: the page's own tasks run in between.
    await index.prepare(0);
    const ranTasks = otherTasks;
    otherTasks = 1000;
    expect(ranTasks).toBeGreaterThan(3);
    const once = buildTextMap(root);
    const map = index.get();
    expect(map.text).toBe(once.text);
    const last = map.text.lastIndexOf('XX万元');
    expect(map.rangeFor({ start: last, end: last + 4 })!.toString()).toBe('XX万元');
    index.dispose();
  });

  test('a change made between two slices is in the text read', async () => {
    const root = editor(paragraphs(3000));
    const index = new DomTextIndex(root);
    const reading = index.prepare(0);
    // After the first slice, before the walk reaches the end.
    await new Promise((ok) => setTimeout(ok, 0));
    root.firstElementChild!.firstChild!.textContent = '改过的开头';
    root.lastElementChild!.remove();
    await reading;
    expect(index.get().text).toBe(buildTextMap(root).text);
    expect(index.get().text.startsWith('改过的开头')).toBe(true);
    index.dispose();
  });

  test('a read already finished by get() ends the slices, and disposal ends them without a map', async () => {
    const root = editor(paragraphs(2000));
    const index = new DomTextIndex(root);
    const reading = index.prepare(0);
    const read = index.get();
    await reading;
    expect(index.get()).toBe(read);
    index.dispose();

    const other = new DomTextIndex(editor(paragraphs(2000)));
    const stopped = other.prepare(0);
    other.dispose();
    await expect(stopped).resolves.toBeUndefined();
  });
});

describe('typing inside lines', () => {
  test('characters typed into text nodes are patched into the map without walking the tree again', () => {
    const root = editor('<p>一、概况</p><p>全年完成<b>XX</b>万元</p><p>培训X名干部</p>');
    let walked = 0;
    const index = new DomTextIndex(root, { classify: () => void walked++ });
    index.get();
    const before = walked;
    const bold = root.querySelector('b')!.firstChild as Text;
    bold.data = 'XXX';
    (root.lastElementChild!.firstChild as Text).insertData(2, '某某');
    const map = index.get();
    expect(walked).toBe(before);
    expect(map.text).toBe(buildTextMap(root).text);
    const at = map.text.indexOf('某某');
    expect(map.rangeFor({ start: at, end: at + 2 })!.toString()).toBe('某某');
    expect(map.offsetAt(bold, 3)).toBe(map.text.indexOf('XXX') + 3);
    index.dispose();
  });

  test('a change that can move line breaks is read by a new walk', () => {
    const root = editor('<div style="white-space: pre-wrap">一、概况</div><p>全年完成<b>XX</b>万元</p>');
    const index = new DomTextIndex(root);
    index.get();
    (root.firstChild!.firstChild as Text).data = '一、概况\n';
    expect(index.get().text).toBe(buildTextMap(root).text);
    (root.querySelector('b')!.firstChild as Text).data = '';
    expect(index.get().text).toBe(buildTextMap(root).text);
    index.dispose();
  });

  test('any sequence of edits to text nodes reads as a fresh walk would (property)', () => {
    const piece = fc.array(fc.constantFrom('甲', 'X', '某', '，', ' ', '\n'), { minLength: 0, maxLength: 5 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(piece, piece, fc.constantFrom('p', 'div', 'li')), { minLength: 1, maxLength: 5 }),
        fc.array(fc.tuple(fc.nat(), piece), { minLength: 1, maxLength: 6 }),
        (blocks, edits) => {
          const root = editor(blocks.map(([plain, bold, tag]) => `<${tag}>${plain}<b>${bold}</b></${tag}>`).join(''));
          const index = new DomTextIndex(root);
          index.get();
          const texts: Text[] = [];
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
          for (let e = 0; e < edits.length && texts.length; e++) {
            const [at, data] = edits[e];
            texts[at % texts.length].data = data;
            // Two edits at a time as often as one: several nodes patched in one read.
            if (e % 2 === 0 && e + 1 < edits.length) continue;
            const map = index.get();
            const fresh = buildTextMap(root);
            expect(map.text).toBe(fresh.text);
            for (let start = 0; start < map.text.length; start += 3) {
              const end = Math.min(map.text.length, start + 2);
              expect(map.rangeFor({ start, end })?.toString()).toBe(fresh.rangeFor({ start, end })?.toString());
            }
          }
          index.dispose();
        },
      ),
      { numRuns: 200 },
    );
  });
});
