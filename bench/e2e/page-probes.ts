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

/** Installs a heartbeat that records gaps in the page's event loop (catches work of every world, which the longtask API does not). */
export const INSTALL_GAP_MONITOR = `
window.__gaps = [];
(() => {
  let last = performance.now();
  const beat = () => { const now = performance.now(); window.__gaps.push(now - last); last = now; setTimeout(beat, 5); };
  beat();
})();`;
