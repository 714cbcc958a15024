// Pages replace their editor (single-page apps): tells the content script when the editor it
// follows has left the document, so it can look for the one that is there now.
export function watchEditorRemoval(root: HTMLElement, onRemoved: () => void): () => void {
  const observer = new MutationObserver(() => {
    if (root.isConnected) return;
    observer.disconnect();
    onRemoved();
  });
  observer.observe(root.ownerDocument.documentElement, { childList: true, subtree: true });
  return () => observer.disconnect();
}
