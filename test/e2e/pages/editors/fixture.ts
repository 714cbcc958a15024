// Test-only hooks a fixture page exposes once its editor is up: the editor's own view of its
// content (model, not DOM), so tests can tell a real edit from a DOM-only one. The extension never uses these.
declare global {
  interface Window {
    __fixture?: { id: string; modelText(): string };
  }
}

export function fixtureReady(id: string, modelText: () => string): void {
  window.__fixture = { id, modelText };
  document.documentElement.dataset.fixtureReady = id;
}

/** Lines of an editor's saved HTML (what an OA form submits), one per block: the model of editors whose model is HTML. */
export function htmlLines(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return Array.from(doc.body.children, (block) => (block.textContent ?? '').trim()).join('\n');
}

/** Text for an editor's initial HTML. */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
