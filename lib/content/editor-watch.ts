// Editors often appear after the content script starts (they are built by the page's scripts):
// look again when the DOM changes or focus moves, until one is found.
export function watchForEditor<T>(doc: Document, detect: (doc: Document) => T | null, found: (adapter: T) => void): () => void {
  const first = safeDetect(detect, doc);
  if (first) {
    found(first);
    return () => {};
  }
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const look = () => {
    timer = null;
    if (stopped) return;
    const adapter = safeDetect(detect, doc);
    if (!adapter) return;
    stop();
    found(adapter);
  };
  // Detection walks the page, so bursts of mutations are merged.
  const soon = () => {
    if (timer === null && !stopped) timer = setTimeout(look, 150);
  };
  const observer = new MutationObserver(soon);
  // The document itself, not its root element: an about:blank editor frame is often written by the
  // page (document.open/write) after the content script started, which replaces the root element.
  observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
  doc.addEventListener('focusin', soon, true);
  function stop() {
    stopped = true;
    observer.disconnect();
    doc.removeEventListener('focusin', soon, true);
    if (timer !== null) clearTimeout(timer);
  }
  return stop;
}

function safeDetect<T>(detect: (doc: Document) => T | null, doc: Document): T | null {
  try {
    return detect(doc);
  } catch {
    return null;
  }
}
