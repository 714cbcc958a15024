import { useEffect, useState } from 'preact/hooks';

type Subscribe<T> = (onValue: (value: T) => void, onError?: (error: unknown) => void) => () => void;

/** The current value of a live library query (undefined until the first answer). */
export function useLive<T>(subscribe: Subscribe<T>, deps: unknown[] = []): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  // Errors reach the user through the library's storage-error listeners (see App).
  useEffect(() => subscribe(setValue, () => {}), deps);
  return value;
}

/** As useLive, but `fallback` once the query fails: undefined only while the first answer is pending. */
export function useLiveOr<T>(subscribe: Subscribe<T>, fallback: T, deps: unknown[] = []): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => subscribe(setValue, () => setValue((v) => v ?? fallback)), deps);
  return value;
}
