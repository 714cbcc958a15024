// One live content script per frame, arranged without the page. WXT's own guard announces each
// start on the page's DOM: its message carried the extension id to the page, and a page firing the
// same event stopped the script. Here a new instance stops the previous one through the extension's
// isolated world (invisible to the page), and an instance whose extension was reloaded or removed
// (its runtime id is gone) stops itself.

const RUNNING = Symbol.for('report-assistant.content.stop');
/** How often an instance checks that its extension is still there. */
export const ORPHAN_CHECK_MS = 3000;

type Scope = { [RUNNING]?: () => void };

export interface GuardOptions {
  scope?: object;
  extensionAlive?: () => boolean;
  every?: (check: () => void, ms: number) => () => void;
}

/** Stops the frame's previous instance, and calls `stop` when a newer one starts or this one is orphaned. */
export function guardInstance(stop: () => void, options: GuardOptions = {}): void {
  const scope = (options.scope ?? globalThis) as Scope;
  const alive = options.extensionAlive ?? (() => Boolean(browser.runtime?.id));
  const every = options.every ?? defaultEvery;
  let stopped = false;
  let cancelCheck = () => {};
  const stopThis = () => {
    if (stopped) return;
    stopped = true;
    cancelCheck();
    if (scope[RUNNING] === stopThis) delete scope[RUNNING];
    stop();
  };
  scope[RUNNING]?.();
  scope[RUNNING] = stopThis;
  cancelCheck = every(() => {
    if (!alive()) stopThis();
  }, ORPHAN_CHECK_MS);
}

function defaultEvery(check: () => void, ms: number): () => void {
  const timer = setInterval(check, ms);
  return () => clearInterval(timer);
}
