// Builds the Notion blocks for the sample report and reproduces Notion's revert of a write made
// right after the selection moved into a block (see page.html for the sources).
import { SAMPLE_LINES } from '../../pages/editors/sample-report';
import { addInputProxies, exposeFixture } from '../fixture-model';

/** Writes in a block the selection entered less than this long ago are reverted. */
const REVERT_WINDOW_MS = 400;
const HEADING = /^[一二三四五六七八九十]+、/;

const root = document.querySelector<HTMLElement>('[data-content-editable-root]')!;
const content = root.querySelector<HTMLElement>('.notion-page-content')!;
const model = new Map<string, string>();
content.innerHTML = SAMPLE_LINES.map((line, i) => {
  const id = `block-${i}`;
  model.set(id, line);
  const kind = i === 0 || HEADING.test(line) ? 'notion-header-block' : 'notion-text-block';
  return `<div class="notion-selectable ${kind}" data-block-id="${id}"><div><div data-content-editable-leaf="true" contenteditable="true" spellcheck="true">${line}</div></div></div>`;
}).join('');

const leafOf = (node: Node | null | undefined) =>
  (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('[data-content-editable-leaf="true"]') ?? null;
const selectedLeaf = () => leafOf(document.getSelection()?.anchorNode);
const idOf = (leaf: HTMLElement) => leaf.closest<HTMLElement>('[data-block-id]')!.dataset.blockId!;

let settled: HTMLElement | null = null;
let enteredAt = 0;
let reverts = 0;
document.addEventListener('selectionchange', () => {
  const leaf = selectedLeaf();
  if (leaf === settled) return;
  settled = leaf;
  enteredAt = performance.now();
});

root.addEventListener('input', (event) => {
  const leaf = selectedLeaf();
  if (!leaf) return;
  const id = idOf(leaf);
  const fresh = leaf !== settled || performance.now() - enteredAt < REVERT_WINDOW_MS;
  if (fresh && (event as InputEvent).inputType !== 'historyUndo') {
    reverts++;
    // Notion re-renders the block from its own record a moment later.
    setTimeout(() => {
      leaf.textContent = model.get(id) ?? '';
    }, 50);
    return;
  }
  model.set(id, leaf.textContent ?? '');
});

addInputProxies(document);
exposeFixture('notion', () => Array.from(model.values()).join('\n'), { reverts: () => reverts });
