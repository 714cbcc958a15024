// A lazily fetched panel part shows a loading line in the user's language until its code arrives,
// then the part itself (keeping its props), or a failure line, never an empty panel.
import type { ComponentChildren } from 'preact';
import { afterEach, expect, test } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { lazyComponent } from '@/components/Lazy';
import { translator, type Language } from '@/lib/i18n';
import { I18nContext } from '@/lib/panel/i18n-context';

afterEach(cleanup);

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const inLanguage = (language: Language, node: ComponentChildren) => (
  <I18nContext.Provider value={{ language, t: translator(language) }}>{node}</I18nContext.Provider>
);

function Greeting({ name }: { name: string }) {
  return <p>hello {name}</p>;
}

test.each(['zh', 'en'] as const)('in %s: the loading line, then the part with its props', async (language) => {
  const code = deferred<typeof Greeting>();
  const Lazy = lazyComponent(() => code.promise);
  const { container } = render(inLanguage(language, <Lazy name="王" />));
  expect(container.textContent).toBe(translator(language)('app.loadingView'));
  code.resolve(Greeting);
  await waitFor(() => expect(container.textContent).toBe('hello 王'));
});

test('the code is fetched once, by preload or by the first render, and later renders are immediate', async () => {
  let fetches = 0;
  const Lazy = lazyComponent(async () => {
    fetches++;
    return Greeting;
  });
  await Lazy.preload();
  const { container } = render(inLanguage('zh', <Lazy name="李" />));
  expect(container.textContent).toBe('hello 李');
  render(inLanguage('zh', <Lazy name="张" />));
  expect(fetches).toBe(1);
});

test('a fetch that fails says so, and a later render tries again', async () => {
  let fail = true;
  const Lazy = lazyComponent(async () => {
    if (fail) throw new Error('chunk gone');
    return Greeting;
  });
  const first = render(inLanguage('en', <Lazy name="A" />));
  await waitFor(() => expect(first.container.textContent).toBe(translator('en')('app.loadFailed')));
  first.unmount();
  fail = false;
  const second = render(inLanguage('en', <Lazy name="B" />));
  await waitFor(() => expect(second.container.textContent).toBe('hello B'));
});

test('a quiet part shows nothing while it loads', async () => {
  const code = deferred<typeof Greeting>();
  const Lazy = lazyComponent(() => code.promise, { quiet: true });
  const { container } = render(inLanguage('zh', <Lazy name="X" />));
  expect(container.textContent).toBe('');
  code.resolve(Greeting);
  await waitFor(() => expect(container.textContent).toBe('hello X'));
});
