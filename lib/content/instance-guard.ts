// One live content script per frame, arranged without the page. WXT's own guard announces each
// start on the page's DOM: its message carried the extension id to the page, and a page firing the
// same event stopped the script. Here a new instance stops the previous one through the extension's
// isolated world (invisible to the page), and an instance whose extension was reloaded or removed
// (its runtime id is gone) stops itself.

const RUNNING = Symbol.for('report-assistant.content.stop');
/** The engine's own slot (entrypoints/content-engine.ts): the static script's instances do not stop it. */
export const ENGINE_RUNNING = Symbol.for('report-assistant.engine.stop');
/** How often an instance checks that its extension is still there. */
export const ORPHAN_CHECK_MS = 3000;

type Scope = Record<symbol, (() => void) | undefined>;

export interface GuardOptions {
  scope?: object;
  /** Which instance slot of the frame (default: the static content script's). */
  slot?: symbol;
  extensionAlive?: () => boolean;
  every?: (check: () => void, ms: number) => () => void;
}

/** Stops the frame's previous instance, and calls `stop` when a newer one starts or this one is orphaned. */
export function guardInstance(stop: () => void, options: GuardOptions = {}): void {
  const scope = (options.scope ?? globalThis) as Scope;
  const slot = options.slot ?? RUNNING;
  const alive = options.extensionAlive ?? (() => Boolean(browser.runtime?.id));
  const every = options.every ?? defaultEvery;
  let stopped = false;
  let cancelCheck = () => {};
  const stopThis = () => {
    if (stopped) return;
    stopped = true;
    cancelCheck();
    if (scope[slot] === stopThis) delete scope[slot];
    stop();
  };
  scope[slot]?.();
  scope[slot] = stopThis;
  cancelCheck = every(() => {
    if (!alive()) stopThis();
  }, ORPHAN_CHECK_MS);
}

/** Whether a live instance holds the slot (one that stopped, e.g. orphaned, has left it). */
function slotTaken(slot: symbol, scope: object = globalThis): boolean {
  return Boolean((scope as Scope)[slot]);
}

function defaultEvery(check: () => void, ms: number): () => void {
  const timer = setInterval(check, ms);
  return () => clearInterval(timer);
}

/**
 * Starts an instance in `slot` unless a live one is already there (the engine: a second injection
 * into the frame, after a repeated request or the service worker restarting, does nothing).
 * The started instance holds the slot until it is orphaned or stopped.
 */
export function startOnce(slot: symbol, start: () => () => void, options: Omit<GuardOptions, 'slot'> = {}): boolean {
  if (slotTaken(slot, options.scope)) return false;
  let stop: (() => void) | null = null;
  let stoppedEarly = false;
  guardInstance(
    () => {
      if (stop) stop();
      else stoppedEarly = true;
    },
    { ...options, slot },
  );
  stop = start();
  if (stoppedEarly) stop();
  return true;
}
