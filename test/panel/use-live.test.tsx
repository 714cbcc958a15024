// The panel waits for its stored settings before the first paint (the language is chosen there):
// a settings query that fails must still give it something to paint.
import { afterEach, expect, test } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { useLiveOr } from '@/lib/panel/use-live';

afterEach(cleanup);

type Subscribe = (onValue: (value: string) => void, onError?: (error: unknown) => void) => () => void;

function Show({ subscribe }: { subscribe: Subscribe }) {
  const value = useLiveOr(subscribe, 'fallback');
  return <p>{value ?? 'pending'}</p>;
}

test('pending until the first answer, then the answer', async () => {
  let answer!: (value: string) => void;
  const view = render(
    <Show
      subscribe={(onValue) => {
        answer = onValue;
        return () => {};
      }}
    />,
  );
  expect(view.container.textContent).toBe('pending');
  answer('stored');
  await waitFor(() => expect(view.container.textContent).toBe('stored'));
});

test('the fallback when the query fails before answering, and a later answer still wins', async () => {
  let answer!: (value: string) => void;
  let fail!: (err: unknown) => void;
  const view = render(
    <Show
      subscribe={(onValue, onError) => {
        answer = onValue;
        fail = onError!;
        return () => {};
      }}
    />,
  );
  fail(new Error('storage closed'));
  await waitFor(() => expect(view.container.textContent).toBe('fallback'));
  answer('stored');
  await waitFor(() => expect(view.container.textContent).toBe('stored'));
});
