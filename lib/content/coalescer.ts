// Turns a stream of change notifications into few runs: the first change after a quiet spell runs
// in a microtask (before the browser renders the keystroke, so highlights and text show together),
// later ones within `intervalMs` merge into one trailing run. While paused (IME composition)
// nothing runs; resume() runs what was missed.

export interface Timers {
  /** ms 0 means "as soon as possible" (a microtask). */
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  now(): number;
}

const realTimers: Timers = {
  set(run, ms) {
    if (ms > 0) return setTimeout(run, ms);
    const handle = { cancelled: false };
    queueMicrotask(() => handle.cancelled || run());
    return handle;
  },
  clear(handle) {
    if (handle && typeof handle === 'object' && 'cancelled' in handle) (handle as { cancelled: boolean }).cancelled = true;
    else clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
  now: () => performance.now(),
};

export interface Coalescer {
  /** Something changed. */
  notify(): void;
  pause(): void;
  resume(): void;
  /** Runs now if anything is pending. */
  flush(): void;
  dispose(): void;
}

export function createCoalescer(run: () => void, intervalMs = 80, timers: Timers = realTimers): Coalescer {
  let pending = false;
  let paused = false;
  let handle: unknown = null;
  let lastRun = -Infinity;
  let disposed = false;

  const fire = () => {
    handle = null;
    if (!pending || paused || disposed) return;
    pending = false;
    lastRun = timers.now();
    run();
  };

  const schedule = () => {
    if (handle !== null || paused || disposed) return;
    const wait = Math.max(0, lastRun + intervalMs - timers.now());
    handle = timers.set(fire, wait);
  };

  return {
    notify() {
      pending = true;
      schedule();
    },
    pause() {
      paused = true;
      if (handle !== null) timers.clear(handle);
      handle = null;
    },
    resume() {
      paused = false;
      if (pending) schedule();
    },
    flush() {
      if (handle !== null) timers.clear(handle);
      handle = null;
      fire();
    },
    dispose() {
      disposed = true;
      if (handle !== null) timers.clear(handle);
      handle = null;
    },
  };
}
