import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { analyze } from '../../lib/analysis';
import { NEXT_FRAME, createCoalescer, type Timers } from '../../lib/content/coalescer';
import { LiveDocument } from '../../lib/content/live-document';
import { diffText, spanChange } from '../../lib/text-change';
import { FakeEditor } from './fake-editor';

const REPORT = '一、工作情况\n全年完成XX项任务，走访企业某某家。\n二、下步打算\n力争X月底前完成。';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('coalescing changes', () => {
  test('a single keystroke after a quiet spell is handled before the next task', async () => {
    const run = vi.fn();
    const c = createCoalescer(run, 80);
    c.notify();
    expect(run).not.toHaveBeenCalled();
    // No timer needed: it runs in a microtask, before the browser renders the keystroke.
    await Promise.resolve();
    expect(run).toHaveBeenCalledTimes(1);
  });

  test('a burst of changes runs once per animation frame, in the frame that shows them, not a timer later', async () => {
    const frames = manualFrames();
    const run = vi.fn();
    const c = createCoalescer(run, 80, frames.timers);
    c.notify();
    await Promise.resolve();
    expect(run).toHaveBeenCalledTimes(1);
    // A held key: three changes before the next frame, then two more before the one after.
    frames.advance(10);
    c.notify();
    c.notify();
    c.notify();
    expect(run).toHaveBeenCalledTimes(1);
    frames.render();
    expect(run).toHaveBeenCalledTimes(2);
    frames.advance(16);
    c.notify();
    c.notify();
    frames.render();
    expect(run).toHaveBeenCalledTimes(3);
    // No change, no run.
    frames.render();
    expect(run).toHaveBeenCalledTimes(3);
    // After a quiet spell a change runs at once again.
    frames.advance(200);
    c.notify();
    await Promise.resolve();
    expect(run).toHaveBeenCalledTimes(4);
  });

  test("the panel's reports ('after-interval'): a burst becomes one trailing run an interval after the last", async () => {
    const run = vi.fn();
    const c = createCoalescer(run, 80, undefined, 'after-interval');
    c.notify();
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 20; i++) {
      c.notify();
      await vi.advanceTimersByTimeAsync(3);
    }
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(80);
    expect(run).toHaveBeenCalledTimes(2);
  });

  test('a hidden tab, which renders no frames, still gets the run', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    try {
      const run = vi.fn();
      const c = createCoalescer(run, 80);
      c.notify();
      await vi.advanceTimersByTimeAsync(0);
      c.notify();
      await vi.advanceTimersByTimeAsync(50);
      expect(run).toHaveBeenCalledTimes(1);
      // No animation frame comes: the fallback runs it.
      await vi.advanceTimersByTimeAsync(100);
      expect(run).toHaveBeenCalledTimes(2);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  test('nothing runs while paused; resuming runs what was missed once', async () => {
    const run = vi.fn();
    const c = createCoalescer(run, 80);
    c.pause();
    c.notify();
    c.notify();
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).not.toHaveBeenCalled();
    c.resume();
    await vi.advanceTimersByTimeAsync(100);
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('the live document', () => {
  test('starts with the blanks analyze() finds and follows typing', async () => {
    const editor = new FakeEditor(REPORT);
    const onChange = vi.fn();
    const live = new LiveDocument(editor, { onChange });
    expect(live.scanner.all()).toEqual(analyze(REPORT).placeholders);
    editor.type(REPORT.length, '另有XX人参加。');
    await vi.advanceTimersByTimeAsync(100);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(live.text).toBe(editor.text);
    expect(live.scanner.all()).toEqual(analyze(editor.text).placeholders);
    expect(live.version).toBe(2);
  });

  test('does not re-read during an IME composition, and does right after it', async () => {
    const editor = new FakeEditor(REPORT);
    const onChange = vi.fn();
    const live = new LiveDocument(editor, { onChange });
    editor.type(5, 'zhong', true);
    editor.type(10, 'XX', true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(onChange).not.toHaveBeenCalled();
    expect(live.text).toBe(REPORT);
    editor.emit(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(live.scanner.all()).toEqual(analyze(editor.text).placeholders);
  });

  test('each new text comes with the one change from the text before it, which the blank scanner took too', async () => {
    const editor = new FakeEditor(REPORT);
    const live = new LiveDocument(editor, { onChange: () => {} });
    expect(live.change).toBeNull();
    const edits: [number, string][] = [
      [REPORT.length, 'XX'],
      [0, '某某'],
      [12, '\n'],
      [12, 'XX'],
    ];
    for (const [at, inserted] of edits) {
      const before = live.text;
      editor.type(at, inserted);
      await vi.advanceTimersByTimeAsync(100);
      expect(live.text).toBe(editor.text);
      expect(spanChange(live.change!, live.text)).toEqual(diffText(before, live.text));
      expect(live.scanner.all()).toEqual(analyze(live.text).placeholders);
    }
    expect(live.version).toBe(edits.length + 1);
  });

  test('an editor that throws while being read counts as empty instead of breaking the loop', async () => {
    const editor = new FakeEditor(REPORT);
    const live = new LiveDocument(editor, { onChange: () => {} });
    editor.readText = () => {
      throw new Error('torn down');
    };
    expect(live.refresh()).toBe(true);
    expect(live.text).toBe('');
  });
});

/** A clock whose animation frames come only when the test renders one; microtasks and timers as usual. */
function manualFrames() {
  let now = 0;
  let waiting: { run: () => void; cleared: boolean }[] = [];
  const timers: Timers = {
    set(run, ms) {
      if (ms === NEXT_FRAME) {
        const entry = { run, cleared: false };
        waiting.push(entry);
        return entry;
      }
      const entry = { run, cleared: false };
      queueMicrotask(() => entry.cleared || run());
      return entry;
    },
    clear(handle) {
      (handle as { cleared: boolean }).cleared = true;
    },
    now: () => now,
  };
  return {
    timers,
    advance(ms: number) {
      now += ms;
    },
    render() {
      const due = waiting;
      waiting = [];
      for (const entry of due) if (!entry.cleared) entry.run();
    },
  };
}
