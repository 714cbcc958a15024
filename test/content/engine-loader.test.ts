// The static script asks for the engine once, and only when the frame may hold an editor or (top
// frame) its site is switched off; the background injects a document once; the engine starts once
// per frame however often it is injected.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createEngineInjector } from '../../lib/background/engine-injection';
import { startEngineLoader, type LoaderDeps } from '../../lib/content/engine-loader';
import { ENGINE_RUNNING, startOnce } from '../../lib/content/instance-guard';
import type { SiteSettings } from '../../lib/protocol';

const ON: SiteSettings = { enabled: true, highlights: { enabled: true, colors: {} } };
const settle = () => new Promise((ok) => setTimeout(ok, 250));

function fakeDeps(settings: SiteSettings = ON) {
  const switched: ((data: { origin: string; enabled: boolean }) => void)[] = [];
  const deps: LoaderDeps & { requests: number } = {
    requests: 0,
    requestEngine: async () => {
      deps.requests++;
      return true;
    },
    siteSettings: async () => settings,
    onSiteSwitched: (listener) => {
      switched.push(listener);
      return () => switched.splice(switched.indexOf(listener), 1);
    },
  };
  return { deps, switched };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the engine loader', () => {
  test('a page without anything editable never asks for the engine', async () => {
    document.body.innerHTML = '<p>只是文字</p>';
    const { deps } = fakeDeps();
    const stop = startEngineLoader(document, deps);
    document.body.insertAdjacentHTML('beforeend', '<p>又一段文字</p>');
    await settle();
    expect(deps.requests).toBe(0);
    stop();
  });

  test('an editor that appears later gets the engine, asked for once however often the page changes', async () => {
    const { deps } = fakeDeps();
    const stop = startEngineLoader(document, deps);
    await settle();
    expect(deps.requests).toBe(0);
    document.body.innerHTML = '<div contenteditable="true">一、基本情况</div>';
    await settle();
    expect(deps.requests).toBe(1);
    document.body.insertAdjacentHTML('beforeend', '<textarea></textarea>');
    await settle();
    expect(deps.requests).toBe(1);
    stop();
  });

  test('a top frame whose site is off asks for the engine (it names the page to the panel), also when switched off later', async () => {
    const off = fakeDeps({ ...ON, enabled: false });
    const stopOff = startEngineLoader(document, off.deps);
    await settle();
    expect(off.deps.requests).toBe(1);
    stopOff();

    const later = fakeDeps();
    const stop = startEngineLoader(document, later.deps);
    await settle();
    expect(later.deps.requests).toBe(0);
    for (const listener of [...later.switched]) listener({ origin: 'https://elsewhere.example', enabled: false });
    expect(later.deps.requests).toBe(0);
    for (const listener of [...later.switched]) listener({ origin: location.origin, enabled: false });
    expect(later.deps.requests).toBe(1);
    expect(later.switched).toHaveLength(0);
    stop();
  });

  test('a stopped loader asks for nothing', async () => {
    const { deps } = fakeDeps();
    startEngineLoader(document, deps)();
    document.body.innerHTML = '<textarea></textarea>';
    await settle();
    expect(deps.requests).toBe(0);
  });
});

describe('once per frame', () => {
  const quiet = { extensionAlive: () => true, every: () => () => {} };

  test('a second injection into the same frame does not start a second engine', () => {
    const scope = {};
    const first = vi.fn(() => () => {});
    const second = vi.fn(() => () => {});
    expect(startOnce(ENGINE_RUNNING, first, { scope, ...quiet })).toBe(true);
    expect(startOnce(ENGINE_RUNNING, second, { scope, ...quiet })).toBe(false);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
    // Another frame has its own engine.
    expect(startOnce(ENGINE_RUNNING, second, { scope: {}, ...quiet })).toBe(true);
  });

  test('an engine orphaned by its extension leaves the frame to the next one', () => {
    const scope = {};
    let alive = true;
    const checks: (() => void)[] = [];
    const stopped = vi.fn();
    startOnce(ENGINE_RUNNING, () => stopped, {
      scope,
      extensionAlive: () => alive,
      every: (check) => {
        checks.push(check);
        return () => {};
      },
    });
    alive = false;
    for (const check of checks) check();
    expect(stopped).toHaveBeenCalledTimes(1);
    expect(startOnce(ENGINE_RUNNING, () => () => {}, { scope, ...quiet })).toBe(true);
  });

  test("the static script's instances do not stop the engine", async () => {
    const { guardInstance } = await import('../../lib/content/instance-guard');
    const scope = {};
    const engineStopped = vi.fn();
    startOnce(ENGINE_RUNNING, () => engineStopped, { scope, ...quiet });
    guardInstance(vi.fn(), { scope, ...quiet });
    guardInstance(vi.fn(), { scope, ...quiet });
    expect(engineStopped).not.toHaveBeenCalled();
  });
});

describe('the background injects a document once', () => {
  test('repeated requests from one document inject once; a new document in the same frame is injected again', async () => {
    const inject = vi.fn(async () => {});
    const engine = createEngineInjector(inject);
    await engine.load({ tabId: 1, frameId: 3, documentId: 'doc-a' });
    await engine.load({ tabId: 1, frameId: 3, documentId: 'doc-a' });
    expect(inject).toHaveBeenCalledTimes(1);
    // The document that asked, not whatever its frame shows by the time the worker injects.
    expect(inject).toHaveBeenCalledWith({ tabId: 1, documentIds: ['doc-a'] });
    await engine.load({ tabId: 1, frameId: 3, documentId: 'doc-b' });
    expect(inject).toHaveBeenCalledTimes(2);
    engine.forgetTab(1);
    await engine.load({ tabId: 1, frameId: 3, documentId: 'doc-a' });
    expect(inject).toHaveBeenCalledTimes(3);
  });

  test('without document ids (Firefox) the frame is the target', async () => {
    const inject = vi.fn(async () => {});
    await createEngineInjector(inject).load({ tabId: 4, frameId: 7 });
    expect(inject).toHaveBeenCalledWith({ tabId: 4, frameIds: [7] });
  });

  test('a failed injection may be asked for again', async () => {
    const inject = vi.fn().mockRejectedValueOnce(new Error('Frame gone')).mockResolvedValue(undefined);
    const engine = createEngineInjector(inject);
    expect(await engine.load({ tabId: 2, frameId: 0, documentId: 'd' })).toBe(false);
    expect(await engine.load({ tabId: 2, frameId: 0, documentId: 'd' })).toBe(true);
    expect(inject).toHaveBeenCalledTimes(2);
  });
});
