// Main world on docs.google.com/document/*: asks Docs for its annotated canvas with THIS
// extension's id (handed over on our own <script> element by the content script), then serves the
// content script over the bridge protocol: the text, the user's selection, where the rendered
// rects are (with per-character x positions measured from data-font-css), selection moves and
// inserts through the text-event iframe. It only reads Docs' objects and calls their methods;
// the one thing it sets on the page is the documented flag.
import { serveBridge } from '@/lib/bridge/protocol';
import { alignLabels } from '@/lib/bridge/google-docs-align';
import {
  DOCS_ANNOTATE_GRACE_MS,
  DOCS_ANNOTATE_WAIT_MS,
  GOOGLE_DOCS_BRIDGE,
  type DocsBridgeState,
  type DocsLayout,
  type DocsLayoutRun,
  type GoogleDocsBridgeSpec,
} from '@/lib/bridge/google-docs-spec';

const EDITOR = '.kix-appview-editor';
const TILE = '.kix-canvas-tile-content';
const TEXT_EVENT_IFRAME = '.docs-texteventtarget-iframe';

interface Annotated {
  getText(): string;
  getSelection?(): { start: number; end: number }[] | null;
  setSelection(start: number, end: number): void;
}

// No global name: the page's window gets nothing from us but the documented flag.
export default defineUnlistedScript({
  globalName: false,
  main() {
    const page = window as unknown as Record<string, unknown>;
    const id = (document.currentScript as HTMLScriptElement | null)?.dataset.extensionId;
    if (id) page._docs_annotate_canvas_by_ext = id;

    let state: DocsBridgeState = 'waiting';
    let annotated: Annotated | null = null;
    let lastText: string | null = null;
    let lastSelection = '';
    let lastLayout = '';
    const widths = new Map<string, number[]>();
    const measurer = document.createElement('canvas').getContext('2d');

    const server = serveBridge<GoogleDocsBridgeSpec>(GOOGLE_DOCS_BRIDGE, {
      hello: () => ({ state }),
      getText: () => readText(),
      getSelection: () => readSelection(),
      setSelection: ({ start, end }) => {
        if (!annotated) return false;
        annotated.setSelection(start, end);
        sync();
        return true;
      },
      insert: ({ start, end, text }) => insert(start, end, text),
      layout: () => measureLayout(),
      exportText: () => exportText(),
    });

    function readText(): string | null {
      try {
        const text = annotated?.getText();
        return typeof text === 'string' ? text : null;
      } catch {
        return null; // Docs throws now and then while it updates
      }
    }

    function readSelection(): { start: number; end: number } | null {
      try {
        const first = annotated?.getSelection?.()?.[0];
        return first && Number.isFinite(first.start) && Number.isFinite(first.end) ? { start: first.start, end: first.end } : null;
      } catch {
        return null;
      }
    }

    /** x of every character boundary of a label in its font, cached (labels repeat across renders). */
    function boundaries(label: string, font: string): number[] {
      const key = `${font}\u0000${label}`;
      let xs = widths.get(key);
      if (!xs) {
        xs = [0];
        if (measurer) {
          measurer.font = font;
          for (let i = 1; i <= label.length; i++) xs.push(measurer.measureText(label.slice(0, i)).width);
        } else for (let i = 1; i <= label.length; i++) xs.push(i);
        if (widths.size > 5000) widths.clear();
        widths.set(key, xs);
      }
      return xs;
    }

    function measureLayout(): DocsLayout {
      const editor = document.querySelector<HTMLElement>(EDITOR);
      const text = readText();
      if (!editor || text === null) return { runs: [] };
      const box = editor.getBoundingClientRect();
      const tiles = Array.from(document.querySelectorAll(TILE)).sort(
        (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
      );
      const rects = tiles.flatMap((tile) => Array.from(tile.querySelectorAll<SVGGraphicsElement>('rect[aria-label]')));
      const labels = rects.map((r) => r.getAttribute('aria-label') ?? '');
      const starts = alignLabels(text, labels);
      const runs: DocsLayoutRun[] = [];
      rects.forEach((rect, i) => {
        const start = starts[i];
        const label = labels[i];
        if (start < 0) return;
        const r = rect.getBoundingClientRect();
        if (!r.width || !r.height) return;
        const xs = boundaries(label, rect.getAttribute('data-font-css') || getComputedStyle(editor).font);
        // The rect's drawn width includes zoom and transforms: scale the measured widths to it.
        const scale = xs[xs.length - 1] ? r.width / xs[xs.length - 1] : 1;
        runs.push({
          start,
          end: start + label.length,
          left: r.left - box.left + editor.scrollLeft,
          top: r.top - box.top + editor.scrollTop,
          height: r.height,
          xs: xs.map((x) => Math.round(x * scale * 100) / 100),
        });
      });
      return { runs };
    }

    function sync(): void {
      if (!annotated) return;
      const text = readText();
      if (text !== null && text !== lastText) {
        lastText = text;
        server.emit('text', text);
      }
      const selection = readSelection();
      const selectionKey = JSON.stringify(selection);
      if (selectionKey !== lastSelection) {
        lastSelection = selectionKey;
        server.emit('selection', selection);
      }
      const layout = measureLayout();
      const layoutKey = JSON.stringify(layout);
      if (layoutKey !== lastLayout) {
        lastLayout = layoutKey;
        server.emit('layout', layout);
      }
    }

    // Docs re-renders tiles after every edit and while scrolling: one sync per burst of mutations.
    let queued = false;
    const soon = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        sync();
      });
    };

    function follow(): void {
      const editor = document.querySelector(EDITOR);
      if (editor)
        new MutationObserver(soon).observe(editor, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['style', 'transform', 'aria-label'],
        });
      window.addEventListener('resize', soon);
      // A safety net for changes that touch no observed node (another user's edit off screen).
      setInterval(sync, 500);
      sync();
    }

    async function insert(
      start: number,
      end: number,
      text: string,
    ): Promise<{ text: string | null; via: 'insertText' | 'paste' | 'none' }> {
      if (!annotated) return { text: null, via: 'none' };
      const before = readText();
      annotated.setSelection(start, end);
      const frame = document.querySelector<HTMLIFrameElement>(TEXT_EVENT_IFRAME);
      const frameDoc = frame?.contentDocument;
      const frameWin = frame?.contentWindow as (Window & typeof globalThis) | null | undefined;
      if (!frameDoc || !frameWin) return { text: before, via: 'none' };
      // Focus must be in the iframe's own input element, or Docs silently drops the insert.
      frameWin.focus();
      const input =
        (frameDoc.querySelector('[contenteditable="true"]') as HTMLElement | null) ?? (frameDoc.activeElement as HTMLElement | null);
      input?.focus();
      try {
        frameDoc.execCommand('insertText', false, text);
      } catch {
        // fall through to paste
      }
      let after = await changedText(before);
      if (after !== before) {
        sync();
        return { text: after, via: 'insertText' };
      }
      const data = new frameWin.DataTransfer();
      data.setData('text/plain', text);
      (frameDoc.activeElement ?? frameDoc.body).dispatchEvent(
        new frameWin.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
      after = await changedText(before);
      sync();
      return { text: after, via: after !== before ? 'paste' : 'none' };
    }

    /** Docs applies input asynchronously at times: re-read its text a few times until it moved. */
    async function changedText(before: string | null): Promise<string | null> {
      let text = readText();
      for (let i = 0; i < 8 && text === before; i++) {
        await new Promise((ok) => setTimeout(ok, 25));
        text = readText();
      }
      return text;
    }

    async function exportText(): Promise<string | null> {
      const docId = /^\/document\/d\/([\w-]+)/.exec(location.pathname)?.[1];
      if (!docId) return null;
      try {
        const response = await fetch(`/document/d/${docId}/export?format=txt`, { credentials: 'same-origin' });
        // As a browser downloads it: with a BOM and CRLF line ends.
        return response.ok ? (await response.text()).replace(/^\ufeff/, '').replace(/\r\n?/g, '\n') : null;
      } catch {
        return null;
      }
    }

    // Docs offers the hook once its editor has started; give up (degraded mode) after a while.
    const started = Date.now();
    let tilesSince = 0;
    const wait = async () => {
      const getAnnotatedText = page._docs_annotate_getAnnotatedText;
      if (typeof getAnnotatedText === 'function') {
        try {
          const result = (await (getAnnotatedText as () => Promise<Annotated>)()) ?? null;
          if (result && typeof result.getText === 'function' && typeof result.setSelection === 'function') {
            annotated = result;
            state = 'annotated';
            server.emit('ready', { state });
            follow();
            return;
          }
        } catch {
          // not ready yet
        }
      }
      // Tiles drawn for a while without the hook: Docs started without it for us.
      if (!tilesSince && document.querySelector(TILE)) tilesSince = Date.now();
      if ((tilesSince && Date.now() - tilesSince > DOCS_ANNOTATE_GRACE_MS) || Date.now() - started > DOCS_ANNOTATE_WAIT_MS) {
        state = 'absent';
        server.emit('ready', { state });
        return;
      }
      setTimeout(wait, 100);
    };
    void wait();
  },
});
