// The static script asks for the engine once, and only when the frame may hold an editor and its
// site is on; while the site is off the top frame names the page to the panel itself; the
// background injects a document once; the engine starts once per frame however often it is injected.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createEngineInjector } from '../../lib/background/engine-injection';
import { startEngineLoader, type LoaderDeps } from '../../lib/content/engine-loader';
import { ENGINE_RUNNING, startOnce } from '../../lib/content/instance-guard';
import type { EngineAnswer, SiteSettings } from '../../lib/protocol';

const ON: SiteSettings = { enabled: true, highlights: { enabled: true, colors: {} } };
const settle = () => new Promise((ok) => setTimeout(ok, 250));

/** A background whose site switch is `site.enabled`; it injects (counts `loaded`) only while the site is on. */
function fakeDeps(settings: SiteSettings = ON) {
  const switched: ((data: { origin: string; enabled: boolean }) => void)[] = [];
  const site = { enabled: settings.enabled };
  const deps: LoaderDeps & { requests: number; loaded: number; answering: number } = {
    requests: 0,
    loaded: 0,
    answering: 0,
    requestEngine: async () => {
      deps.requests++;
      if (!site.enabled) return 'siteOff';
      deps.loaded++;
      return 'loaded';
    },
    siteSettings: async () => ({ ...settings, enabled: site.enabled }),
    onSiteSwitched: (listener) => {
      switched.push(listener);
      return () => switched.splice(switched.indexOf(listener), 1);
    },
    answerWhileOff: () => {
      deps.answering++;
      return () => deps.answering--;
    },
  };
  const switchTo = (enabled: boolean, origin = location.origin) => {
    site.enabled = enabled;
    for (const listener of [...switched]) listener({ origin, enabled });
  };
  return { deps, switched, switchTo };
}

/** Makes the fake background hold its engine answers until the test gives them, in order. */
function answerLater(deps: ReturnType<typeof fakeDeps>['deps']): ((answer: EngineAnswer) => void)[] {
  const answers: ((answer: EngineAnswer) => void)[] = [];
  deps.requestEngine = () => {
    deps.requests++;
    return new Promise((answer) => answers.push(answer));
  };
  return answers;
}

/**
 * A loader on a page with a textarea, its first engine request held by the fake background, and the
 * site switched on or off (`enabled`) while that request is under way.
 */
async function switchedDuringFirstRequest(enabled: boolean) {
  document.body.innerHTML = '<textarea></textarea>';
  const { deps, switched } = fakeDeps();
  const answers = answerLater(deps);
  const stop = startEngineLoader(document, deps);
  await vi.waitFor(() => expect(answers).toHaveLength(1));
  for (const listener of [...switched]) listener({ origin: location.origin, enabled });
  return { deps, answers, stop };
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
    await vi.waitFor(() => expect(deps.requests).toBe(1));
    document.body.insertAdjacentHTML('beforeend', '<textarea></textarea>');
    await settle();
    expect(deps.requests).toBe(1);
    expect(deps.answering).toBe(0);
    stop();
  });

  test('a site switched off gets no engine: the top frame names the page itself, and the engine comes when the site is switched on', async () => {
    document.body.innerHTML = '<div contenteditable="true">一、基本情况</div>';
    const { deps, switchTo } = fakeDeps({ ...ON, enabled: false });
    const stop = startEngineLoader(document, deps);
    await settle();
    expect(deps.loaded).toBe(0);
    expect(deps.answering).toBe(1);
    // Another site switched on changes nothing here.
    switchTo(false);
    switchTo(true, 'https://elsewhere.example');
    await settle();
    expect(deps.loaded).toBe(0);
    switchTo(true);
    await vi.waitFor(() => expect(deps.loaded).toBe(1));
    // The engine answers the panel now, not the loader.
    expect(deps.answering).toBe(0);
    stop();
  });

  test('a top frame without an editor answers for the page while its site is off, and stops when it is switched on', async () => {
    const { deps, switchTo } = fakeDeps({ ...ON, enabled: false });
    const stop = startEngineLoader(document, deps);
    await settle();
    expect(deps.requests).toBe(0);
    expect(deps.answering).toBe(1);
    switchTo(true);
    expect(deps.answering).toBe(0);
    switchTo(false);
    expect(deps.answering).toBe(1);
    // An editor appearing while the site is off loads nothing; switched on, it gets the engine.
    document.body.innerHTML = '<textarea></textarea>';
    await settle();
    expect(deps.loaded).toBe(0);
    switchTo(true);
    await vi.waitFor(() => expect(deps.loaded).toBe(1));
    expect(deps.answering).toBe(0);
    stop();
  });

  test('a stopped loader asks for nothing and answers nothing', async () => {
    const { deps, switchTo } = fakeDeps({ ...ON, enabled: false });
    startEngineLoader(document, deps)();
    document.body.innerHTML = '<textarea></textarea>';
    switchTo(true);
    await settle();
    expect(deps.requests).toBe(0);
    expect(deps.answering).toBe(0);
  });

  test('a site switched on while a refused request was under way gets the engine (the refusal read the setting before the switch)', async () => {
    const { deps, answers, stop } = await switchedDuringFirstRequest(true);
    answers[0]('siteOff');
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[1]('loaded');
    await settle();
    expect(deps.answering).toBe(0);
    stop();
  });

  test('a site switched off while its request was under way names the page to the panel once refused', async () => {
    const { deps, answers, stop } = await switchedDuringFirstRequest(false);
    answers[0]('siteOff');
    await vi.waitFor(() => expect(deps.answering).toBe(1));
    expect(answers).toHaveLength(1);
    stop();
  });

  test('a late "site off" from before a switch on does not stop the engine from coming', async () => {
    const { deps, switched } = fakeDeps();
    let answerSettings!: (settings: SiteSettings) => void;
    deps.siteSettings = () => new Promise((answer) => (answerSettings = answer));
    const stop = startEngineLoader(document, deps);
    for (const listener of [...switched]) listener({ origin: location.origin, enabled: true });
    answerSettings({ ...ON, enabled: false });
    await settle();
    expect(deps.answering).toBe(0);
    document.body.innerHTML = '<textarea></textarea>';
    await vi.waitFor(() => expect(deps.loaded).toBe(1));
    stop();
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
