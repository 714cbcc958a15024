// Turns a stream of change notifications into few runs. The first change after a quiet spell (no run
// for `intervalMs`) runs in a microtask, before the browser renders it. Changes during a burst (a held
// key, a page script writing) run once in the next animation frame, before that frame is styled, so
// highlights and text show together ('next-frame', the painting), or once `intervalMs` after the last
// run ('after-interval', the reports to the panel, which need not keep step with frames). While
// paused (IME composition) nothing runs; resume() runs what was missed.

/** `Timers.set`'s delay for "in the next animation frame". */
export const NEXT_FRAME = 'frame';
/** A hidden tab renders no frames: a run waiting for one goes ahead after this long. */
const NO_FRAME_FALLBACK_MS = 100;

export interface Timers {
  /** ms 0 means "as soon as possible" (a microtask); NEXT_FRAME the next animation frame. */
  set(run: () => void, ms: number | typeof NEXT_FRAME): unknown;
  clear(handle: unknown): void;
  now(): number;
}

interface Handle {
  done: boolean;
  timeout?: ReturnType<typeof setTimeout>;
  frame?: number;
}

function cancel(handle: Handle): void {
  handle.done = true;
  if (handle.timeout !== undefined) clearTimeout(handle.timeout);
  if (handle.frame !== undefined) cancelAnimationFrame(handle.frame);
}

const realTimers: Timers = {
  set(run, ms) {
    const handle: Handle = { done: false };
    const once = () => {
      if (handle.done) return;
      cancel(handle);
      run();
    };
    if (ms === NEXT_FRAME) {
      if (typeof requestAnimationFrame === 'function') handle.frame = requestAnimationFrame(once);
      handle.timeout = setTimeout(once, NO_FRAME_FALLBACK_MS);
    } else if (ms > 0) handle.timeout = setTimeout(once, ms);
    else queueMicrotask(once);
    return handle;
  },
  clear(handle) {
    cancel(handle as Handle);
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

export type Burst = 'next-frame' | 'after-interval';

export function createCoalescer(run: () => void, intervalMs = 80, timers: Timers = realTimers, burst: Burst = 'next-frame'): Coalescer {
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
    const wait = lastRun + intervalMs - timers.now();
    handle = timers.set(fire, wait <= 0 ? 0 : burst === 'next-frame' ? NEXT_FRAME : wait);
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
