import { expect, test } from 'vitest';
import { chooseTarget, type FrameCandidate } from '../../lib/frames/choose-target';
import { FrameRegistry } from '../../lib/frames/frame-registry';
import type { DocReport, FrameInfo } from '../../lib/protocol';

const frame = (over: Partial<FrameInfo> = {}): FrameInfo => ({
  top: false,
  host: 'a.test',
  visible: true,
  confirmed: true,
  focusedAt: 0,
  area: 10_000,
  ...over,
});
const candidate = (frameId: number, over: Partial<FrameInfo> = {}): FrameCandidate => ({ frameId, frame: frame(over) });

test('hidden, tiny or transparent frames never become the target, even when focused', () => {
  expect(chooseTarget([candidate(0, { top: true }), candidate(7, { visible: false, focusedAt: 99 })])).toBe(0);
  expect(chooseTarget([candidate(7, { visible: false, focusedAt: 99 })])).toBeNull();
  expect(chooseTarget([])).toBeNull();
});

test('focus in a frame the browser does not confirm as shown does not move the target', () => {
  // e.g. a full-size transparent frame laid over the page catching the click
  const frames = [candidate(0, { top: true, focusedAt: 10 }), candidate(3, { confirmed: false, focusedAt: 20 })];
  expect(chooseTarget(frames)).toBe(0);
  // Alone (an editor in a frame the page's own chrome overlaps), it is still usable.
  expect(chooseTarget([candidate(3, { confirmed: false, focusedAt: 20 })])).toBe(3);
  // The user may pick it explicitly.
  expect(chooseTarget(frames, { frameId: 3, at: 30 })).toBe(3);
  // Confirmed frames rank first when nothing is focused.
  expect(chooseTarget([candidate(4, { confirmed: false, area: 900_000 }), candidate(5, { area: 10 })])).toBe(5);
});

test('the most recently focused visible editor wins', () => {
  const frames = [candidate(0, { top: true, focusedAt: 10 }), candidate(3, { focusedAt: 20 }), candidate(4, { focusedAt: 15 })];
  expect(chooseTarget(frames)).toBe(3);
});

test('before any focus: the top document, then the largest editor, then the lowest frame id', () => {
  expect(chooseTarget([candidate(5, { area: 900_000 }), candidate(0, { top: true, area: 100 })])).toBe(0);
  expect(chooseTarget([candidate(5, { area: 100 }), candidate(6, { area: 900 })])).toBe(6);
  expect(chooseTarget([candidate(9), candidate(8)])).toBe(8);
});

test("the user's choice holds until they focus another editor after choosing", () => {
  const frames = [candidate(0, { top: true, focusedAt: 50 }), candidate(3, { focusedAt: 10 })];
  expect(chooseTarget(frames, { frameId: 3, at: 60 })).toBe(3);
  expect(chooseTarget(frames, { frameId: 3, at: 40 })).toBe(0);
  // A choice of a frame that became hidden falls back to the ranking.
  expect(chooseTarget([candidate(0, { top: true }), candidate(3, { visible: false })], { frameId: 3, at: 60 })).toBe(0);
});

const state = (name: string, f?: Partial<FrameInfo>): DocReport => ({
  url: 'http://127.0.0.1/',
  title: '',
  editor: { id: name, name, features: [] },
  caret: null,
  text: '',
  length: 0,
  version: 1,
  frame: f ? frame(f) : undefined,
});

test('the registry follows focus, forgets gone frames and tags states with their frame id', () => {
  const frames = new FrameRegistry();
  expect(frames.update(0, state('Quill', { top: true }))).toBe(true);
  expect(frames.update(12, state('hidden', { visible: false, focusedAt: 5 }))).toBe(false);
  expect(frames.targetState()?.editor?.name).toBe('Quill');
  expect(frames.targetState()?.frame?.frameId).toBe(0);
  expect(frames.update(4, state('TinyMCE', { focusedAt: 7 }))).toBe(true);
  expect(frames.target()).toBe(4);
  expect(frames.choices().map((c) => [c.frameId, c.editor?.name])).toEqual([
    [4, 'TinyMCE'],
    [0, 'Quill'],
  ]);
  expect(frames.choose(0, 8)).toBe(true);
  expect(frames.target()).toBe(0);
  expect(frames.remove(0)).toBe(true);
  expect(frames.target()).toBe(4);
  // A frame reporting no editor is not a candidate; a state without frame info is the top document.
  frames.update(4, { ...state('x'), editor: null });
  expect(frames.target()).toBeNull();
  frames.update(1, state('plain'));
  expect(frames.targetState()?.frame).toMatchObject({ top: true, visible: true, frameId: 1 });
});

test('a frame reporting only new focus moves the target; an unknown frame is ignored until it sends its state', () => {
  const frames = new FrameRegistry();
  frames.update(0, state('Quill', { top: true }));
  frames.update(3, state('Slate'));
  expect(frames.target()).toBe(0);
  expect(frames.updateFrame(3, frame({ focusedAt: 50 }))).toBe(true);
  expect(frames.targetState()?.editor?.name).toBe('Slate');
  expect(frames.updateFrame(9, frame({ focusedAt: 90 }))).toBe(false);
  expect(frames.target()).toBe(3);
});
