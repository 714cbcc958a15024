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
