import { fixtureReady } from './fixture';
import { isFillDoc, pageLines } from './page-doc';

// Paragraphs as the browser itself makes them when typing Enter in a contenteditable <div>.
const root = document.querySelector<HTMLElement>('#editor')!;
root.replaceChildren(
  ...pageLines().map((line, i) => {
    const block = document.createElement(i === 0 ? 'h1' : 'div');
    block.textContent = line;
    if (i === 3 && !isFillDoc()) {
      // Inline formatting must not break the text mapping.
      block.replaceChildren('（一）', Object.assign(document.createElement('b'), { textContent: '加强政治理论学习' }), '。');
    }
    return block;
  }),
);
fixtureReady('contenteditable', () => root.innerText);
