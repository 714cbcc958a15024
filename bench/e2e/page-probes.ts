// Code evaluated in the fixture page's main world by the benchmarks.

/** Sum of ranges in our CSS highlights. */
export function highlightCountSource(): string {
  return `(() => { let n = 0; CSS.highlights.forEach((h, name) => { if (name.startsWith('ra-blank-')) n += h.size; }); return n; })()`;
}

// Plain source text: tsx would wrap named functions of an evaluated callback in its own helpers.
/** window.__keystroke(add): types " X" (a new blank) or deletes it, then waits until the highlights changed; resolves to the ms taken. */
export const KEYSTROKE_SOURCE = `
window.__highlightTotal = () => { let n = 0; CSS.highlights.forEach((h, name) => { if (name.startsWith('ra-blank-')) n += h.size; }); return n; };
window.__keystroke = async (add) => {
  const before = window.__highlightTotal();
  const channel = new MessageChannel();
  const tick = () => new Promise((ok) => { channel.port1.onmessage = () => ok(); channel.port2.postMessage(0); });
  const t0 = performance.now();
  if (add) document.execCommand('insertText', false, ' X');
  else { document.execCommand('delete'); document.execCommand('delete'); }
  while (window.__highlightTotal() === before && performance.now() - t0 < 2000) await tick();
  const done = performance.now() - t0;
  const changed = performance.getEntriesByName('ra:changed').at(-1);
  const paint = performance.getEntriesByName('ra:paint').at(-1);
  const publish = performance.getEntriesByName('ra:publish').at(-1);
  window.__phases = (window.__phases || []).concat([[done, changed ? changed.startTime - t0 : NaN, paint ? paint.startTime - t0 : NaN, publish ? publish.startTime + publish.duration - t0 : NaN]]);
  return done;
};`;

/**
 * window.__heldKey(count, gapMs) after KEYSTROKE_SOURCE: a held key on the 30k page, one keystroke every
 * `gapMs` (auto-repeat is ~30 ms), alternately typing " X" and taking it back. For each it records
 * whether the highlights already showed it in the first animation frame after it (checked by a frame
 * callback queued after the extension's own), and when the page saw it.
 */
export const HELD_KEY_SOURCE = `
window.__heldKey = async (count, gapMs) => {
  const channel = new MessageChannel();
  const tick = () => new Promise((ok) => { channel.port1.onmessage = () => ok(); channel.port2.postMessage(0); });
  let inFrame = 0;
  const seen = [];
  for (let i = 0; i < count; i++) {
    const expected = window.__highlightTotal() + (i % 2 === 0 ? 1 : -1);
    const t0 = performance.now();
    if (i % 2 === 0) document.execCommand('insertText', false, ' X');
    else { document.execCommand('delete'); document.execCommand('delete'); }
    // Let the change notifications (microtasks) queue their frame work first.
    for (let k = 0; k < 5; k++) await Promise.resolve();
    if (await new Promise((ok) => requestAnimationFrame(() => ok(window.__highlightTotal() === expected)))) inFrame++;
    while (window.__highlightTotal() !== expected && performance.now() - t0 < 2000) await tick();
    seen.push(performance.now() - t0);
    const rest = gapMs - (performance.now() - t0);
    if (rest > 0) await new Promise((ok) => setTimeout(ok, rest));
  }
  return { inFrame: inFrame / count, seen };
};`;

/** Installs a heartbeat that records gaps in the page's event loop (catches work of every world, which the longtask API does not). */
export const INSTALL_GAP_MONITOR = `
window.__gaps = [];
(() => {
  let last = performance.now();
  const beat = () => { const now = performance.now(); window.__gaps.push(now - last); last = now; setTimeout(beat, 5); };
  beat();
})();`;

/**
 * window.__docsKeystroke(add) on the Google Docs mock: types " X" into Docs' text-event iframe (a new
 * blank) or takes it back with two Backspaces, then waits until the overlay boxes changed; resolves to the ms taken.
 */
export const DOCS_KEYSTROKE_SOURCE = `
window.__boxTotal = () => {
  const host = document.querySelector('ra-blank-overlay');
  return new Set(Array.from(host ? host.shadowRoot.querySelectorAll('[data-blank]') : [], (el) => el.dataset.blank)).size;
};
window.__docsKeystroke = async (add) => {
  const frame = document.querySelector('.docs-texteventtarget-iframe');
  const target = frame.contentDocument.querySelector('[contenteditable]');
  target.focus();
  const before = window.__boxTotal();
  const channel = new MessageChannel();
  const tick = () => new Promise((ok) => { channel.port1.onmessage = () => ok(); channel.port2.postMessage(0); });
  const t0 = performance.now();
  if (add) frame.contentDocument.execCommand('insertText', false, ' X');
  else for (let i = 0; i < 2; i++) target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true, cancelable: true }));
  while (window.__boxTotal() === before && performance.now() - t0 < 2000) await tick();
  const done = performance.now() - t0;
  const at = (name) => { const e = performance.getEntriesByName(name).at(-1); return e && e.startTime >= t0 ? Math.round(e.startTime - t0) : NaN; };
  window.__docsPhases = (window.__docsPhases || []).concat([[Math.round(done), at('ra:changed'), at('ra:paint'), at('ra:overlay')]]);
  return done;
};`;
