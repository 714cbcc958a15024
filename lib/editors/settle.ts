// Waiting for an editor to catch up with what we did to the page.

/** Lets the editor react to what we did (selectionchange, its own MutationObserver, a render frame). */
export async function settle(view: Window | null): Promise<void> {
  await new Promise<void>((ok) => setTimeout(ok, 0));
  if (view && typeof view.requestAnimationFrame === 'function' && view.document.visibilityState === 'visible') {
    await new Promise<void>((ok) => {
      const timer = setTimeout(ok, 50);
      view.requestAnimationFrame(() => {
        clearTimeout(timer);
        ok();
      });
    });
  }
  await new Promise<void>((ok) => setTimeout(ok, 0));
}
