import { expect, test } from 'vitest';
import { BridgeSnapshot } from '../../lib/bridge/snapshot';

test('listeners hear text changes, info changes and layout changes, each on its own channel', () => {
  const snapshot = new BridgeSnapshot();
  const changes: unknown[] = [];
  let layouts = 0;
  snapshot.observe((c) => changes.push(c));
  snapshot.observeLayout(() => layouts++);
  expect(snapshot.update('一、概况')).toBe(true);
  expect(snapshot.update('一、概况')).toBe(false);
  snapshot.infoChanged();
  snapshot.layoutChanged();
  expect(snapshot.text).toBe('一、概况');
  expect(changes).toEqual([{ composing: false }, { composing: false, info: true }]);
  expect(layouts).toBe(1);
});

test('confirm re-reads until the write shows, and gives up when it never does', async () => {
  const snapshot = new BridgeSnapshot();
  const reads = ['before', 'before', 'after'];
  expect(
    await snapshot.confirm(
      async () => reads.shift() ?? 'after',
      (t) => t === 'after',
      5,
      1,
    ),
  ).toBe(true);
  expect(snapshot.text).toBe('after');
  expect(
    await snapshot.confirm(
      async () => 'after',
      (t) => t === 'never',
      3,
      1,
    ),
  ).toBe(false);
});
