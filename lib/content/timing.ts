// User-timing entries the benchmarks and a few E2E tests read from the page. `performance` is shared
// with the page's world, so the page could read them too: they would tell it that the extension is
// there and when it works. Only a build made with WXT_RA_TIMING=1 (the E2E and bench builds) records
// them; in any other build the minifier drops the calls. Only the latest entry of each name is kept,
// so nothing grows.
const RECORDING = import.meta.env?.WXT_RA_TIMING === '1';

export function measureSince(name: string, start: number): void {
  if (!RECORDING) return;
  try {
    performance.clearMeasures(name);
    performance.measure(name, { start });
  } catch {
    // user timing unavailable: nothing to record
  }
}

export function markNow(name: string): void {
  if (!RECORDING) return;
  try {
    performance.clearMarks(name);
    performance.mark(name);
  } catch {
    // user timing unavailable
  }
}
