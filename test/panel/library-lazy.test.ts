// The panel subscribes to the library before its code has arrived: the subscription starts once it
// has, an unsubscribe before then means it never starts, and a failed fetch reaches onError.
import { expect, test } from 'vitest';
import { lazySubscription } from '@/lib/panel/library-lazy';

type Subscribe = (onValue: (value: number) => void, onError?: (error: unknown) => void) => () => void;

function source() {
  const subscribers = new Set<(value: number) => void>();
  const subscribe: Subscribe = (onValue) => {
    subscribers.add(onValue);
    return () => subscribers.delete(onValue);
  };
  return { subscribe, subscribers, emit: (value: number) => subscribers.forEach((s) => s(value)) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

test('values flow once the code is loaded, and stop after unsubscribing', async () => {
  const s = source();
  const seen: number[] = [];
  const stop = lazySubscription(async () => s.subscribe)((v) => seen.push(v));
  expect(s.subscribers.size).toBe(0);
  await settle();
  s.emit(1);
  stop();
  s.emit(2);
  expect(seen).toEqual([1]);
  expect(s.subscribers.size).toBe(0);
});

test('unsubscribing before the code arrives never subscribes', async () => {
  const s = source();
  const stop = lazySubscription(async () => s.subscribe)(() => {});
  stop();
  await settle();
  expect(s.subscribers.size).toBe(0);
});

test('a failed fetch is reported to onError', async () => {
  const errors: unknown[] = [];
  const failure = new Error('chunk gone');
  lazySubscription<number>(() => Promise.reject(failure))(
    () => {},
    (e) => errors.push(e),
  );
  await settle();
  expect(errors).toEqual([failure]);
});
