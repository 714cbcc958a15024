import { expect, test, vi } from 'vitest';
import { guardInstance, ORPHAN_CHECK_MS } from '../../lib/content/instance-guard';

const manualTimer = () => {
  const checks: Array<() => void> = [];
  return {
    every: (check: () => void, ms: number) => {
      expect(ms).toBe(ORPHAN_CHECK_MS);
      checks.push(check);
      return () => checks.splice(checks.indexOf(check), 1);
    },
    tick: () => [...checks].forEach((c) => c()),
    checks,
  };
};

test('a new instance in the same frame stops the previous one, once', () => {
  const scope = {};
  const timer = manualTimer();
  const first = vi.fn();
  const second = vi.fn();
  guardInstance(first, { scope, extensionAlive: () => true, every: timer.every });
  guardInstance(second, { scope, extensionAlive: () => true, every: timer.every });
  expect(first).toHaveBeenCalledTimes(1);
  expect(second).not.toHaveBeenCalled();
  expect(timer.checks).toHaveLength(1);
  guardInstance(vi.fn(), { scope, extensionAlive: () => true, every: timer.every });
  expect(first).toHaveBeenCalledTimes(1);
  expect(second).toHaveBeenCalledTimes(1);
});

test('an instance whose extension is gone stops itself; instances in other frames do not interfere', () => {
  let alive = true;
  const timer = manualTimer();
  const stop = vi.fn();
  const other = vi.fn();
  guardInstance(stop, { scope: {}, extensionAlive: () => alive, every: timer.every });
  guardInstance(other, { scope: {}, extensionAlive: () => true, every: timer.every });
  timer.tick();
  expect(stop).not.toHaveBeenCalled();
  alive = false;
  timer.tick();
  timer.tick();
  expect(stop).toHaveBeenCalledTimes(1);
  expect(other).not.toHaveBeenCalled();
});
