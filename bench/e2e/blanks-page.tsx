// Bundled by bench/e2e/blanks-render.ts into a page of its own: the 待填 view (BlanksView) alone,
// given a state with every field of a report of `第N项工作完成XX件。` lines, as the panel will hold it
// when it analyses the text itself. `window.__blanks` measures what a user waits for.
import { render } from 'preact';
import { BlanksView } from '@/components/BlanksView';
import { analyze } from '@/lib/analysis';
import { buildDocState } from '@/lib/state/doc-state';
import { findFields } from '@/lib/fields';
import type { PageLink } from '@/lib/panel/page-link';
import type { DocState } from '@/lib/protocol';

const idle: PageLink = new Proxy({} as PageLink, {
  get: (_, name) => (name === 'onStateChanged' ? () => () => {} : async () => ({ ok: false, method: 'none' })),
});

let state: DocState;
const root = document.getElementById('app')!;

const view = (s: DocState) => (
  <BlanksView
    state={s}
    link={idle}
    progress={{ filled: 0, total: s.fields.length }}
    highlights
    onHighlightsChange={() => {}}
    profile={[]}
  />
);

/** Until the renders that follow a change have run (Preact re-renders in microtasks) and the page is laid out. */
const settled = async () => {
  for (let i = 0; i < 3; i++) await new Promise((ok) => setTimeout(ok, 0));
  root.getBoundingClientRect();
};

/** Frame by frame until `done` (effects run after a frame is painted), then settled. */
const until = async (done: () => boolean) => {
  for (let i = 0; i < 10_000 && !done(); i++) await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  await settled();
};

(window as any).__blanks = {
  prepare(lines: number) {
    const text = ['本单位年度工作总结', ...Array.from({ length: lines }, (_, i) => `第${i + 1}项工作完成XX件。`)].join('\n');
    const built = buildDocState({ url: 'http://127.0.0.1/bench.html', title: '', editor: null, text, result: analyze(text), version: 1 });
    state = { ...built, fields: findFields(text), blankTotal: lines };
    render(null, root);
    return state.fields.length;
  },
  /** Mounts the view: ms until its rows are in the DOM and laid out. */
  async mount() {
    render(null, root);
    window.scrollTo(0, 0);
    const t0 = performance.now();
    render(view(state), root);
    await settled();
    return performance.now() - t0;
  },
  /** The caret moves to field `index` in the page: ms until its row is rendered and laid out. */
  async follow(index: number) {
    const t0 = performance.now();
    render(view({ ...state, caret: state.fields[index].spans[0].start }), root);
    const shown = () => !!root.querySelector('li.field.active')?.textContent?.includes(`第${index + 1}项`);
    await until(shown);
    if (!shown()) throw new Error(`row of field ${index} not shown`);
    return performance.now() - t0;
  },
  /** One character typed into the current row: ms until the list has re-rendered. */
  async type() {
    const input = root.querySelector<HTMLInputElement>('li.field.active input.fill-one')!;
    const t0 = performance.now();
    input.value += '1';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settled();
    return performance.now() - t0;
  },
  rows: () => root.querySelectorAll('li.field').length,
};
