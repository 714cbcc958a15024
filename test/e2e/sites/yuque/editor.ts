// Builds the Lake DOM for the sample report (see editor.html for the sources) and keeps the page's
// model from input events.
import { SAMPLE_LINES } from '../../pages/editors/sample-report';
import { addInputProxies, exposeFixture } from '../fixture-model';

// The edit page's engine, or the read view's body (viewer.html): the same blocks.
const engine = document.querySelector<HTMLElement>('.ne-engine, .ne-viewer-body')!;
const HEADING = /^[一二三四五六七八九十]+、/;

function block(line: string, i: number): string {
  const text = `<ne-text id="t${i}">${line}</ne-text>`;
  if (i === 0) return `<ne-h1 id="b${i}"><ne-heading-ext>#</ne-heading-ext><ne-heading-content>${text}</ne-heading-content></ne-h1>`;
  if (HEADING.test(line))
    return `<ne-h2 id="b${i}"><ne-heading-ext>#</ne-heading-ext><ne-heading-content>${text}</ne-heading-content></ne-h2>`;
  return `<ne-p id="b${i}">${text}</ne-p>`;
}

engine.innerHTML =
  SAMPLE_LINES.map(block).join('') +
  '<ne-oli id="list"><ne-oli-i>1.</ne-oli-i><ne-oli-c><ne-text>附：相关材料XX份</ne-text></ne-oli-c></ne-oli>';

const BLOCKS = 'ne-p, ne-h1, ne-h2, ne-oli';
const contentOf = (el: Element) => Array.from(el.querySelectorAll('ne-text'), (t) => t.textContent ?? '').join('');
let model = Array.from(engine.querySelectorAll(BLOCKS), contentOf);
engine.addEventListener('input', () => {
  model = Array.from(engine.querySelectorAll(BLOCKS), contentOf);
});

addInputProxies(document);
exposeFixture('yuque', () => model.join('\n'));
