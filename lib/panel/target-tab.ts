// Which tab the panel works on: `?tab=<id>` in its URL (tests, pop-out), else the active tab of
// its window, following tab switches.
export function tabIdFromUrl(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Calls back with the tab to follow now and on every switch; returns the unsubscribe function. */
export function followTargetTab(onTab: (tabId: number | undefined) => void): () => void {
  const fixed = tabIdFromUrl(location.search);
  if (fixed !== undefined) {
    onTab(fixed);
    return () => {};
  }
  let windowId: number | undefined;
  void browser.windows
    ?.getCurrent()
    .then((w) => (windowId = w.id))
    .catch(() => {});
  void activeTabId().then(onTab, () => onTab(undefined));
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (windowId === undefined || info.windowId === windowId) onTab(info.tabId);
  };
  browser.tabs.onActivated.addListener(onActivated);
  return () => browser.tabs.onActivated.removeListener(onActivated);
}
