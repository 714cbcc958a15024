import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { analyze } from '../../lib/analysis';
import { createCoalescer } from '../../lib/content/coalescer';
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

  test('a burst of changes within the interval becomes one trailing run', async () => {
    const run = vi.fn();
    const c = createCoalescer(run, 80);
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
