// User-timing entries the benchmarks read from the page (performance is shared with the page's
// world). Only the latest entry of each name is kept, so nothing grows.
export function measureSince(name: string, start: number): void {
  try {
    performance.clearMeasures(name);
    performance.measure(name, { start });
  } catch {
    // user timing unavailable: nothing to record
  }
}

export function markNow(name: string): void {
  try {
    performance.clearMarks(name);
    performance.mark(name);
  } catch {
    // user timing unavailable
  }
}
