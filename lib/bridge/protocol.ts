// The one protocol between a content script (isolated world) and a site's main-world bridge
// script (entrypoints/<site>-bridge.ts), used by both ends. Messages are JSON strings in
// CustomEvents on `document`: strings cross the world boundary in every browser (objects would
// need Firefox's cloneInto). Every envelope carries the protocol version and the site, requests
// carry an id and time out, and the bridge pushes change notifications as events.
//
// The page can see and forge these events: nothing secret goes through, and the content script
// treats what comes back as page data (checked, never executed, rendered as text).

export const BRIDGE_VERSION = 1;

/** What a site's bridge offers: request methods (params → result) and the events it pushes. */
export interface BridgeSpec {
  methods: Record<string, { params: unknown; result: unknown }>;
  events: Record<string, unknown>;
}

type Methods<S extends BridgeSpec> = S['methods'];
type Events<S extends BridgeSpec> = S['events'];

export type BridgeEnvelope =
  | { v: number; site: string; kind: 'request'; id: string; method: string; params: unknown }
  | { v: number; site: string; kind: 'response'; id: string; ok: true; result: unknown }
  | { v: number; site: string; kind: 'response'; id: string; ok: false; error: string }
  | { v: number; site: string; kind: 'event'; event: string; data: unknown };

/** Event names on `document`, one pair per site so two bridges never hear each other. */
export function bridgeEventNames(site: string): { toPage: string; toContent: string } {
  return { toPage: `ra-bridge:${site}:to-page`, toContent: `ra-bridge:${site}:to-content` };
}

export class BridgeTimeout extends Error {
  constructor(site: string, method: string, ms: number) {
    super(`${site}.${method}: ${ms} ms`);
    this.name = 'BridgeTimeout';
  }
}

function post(target: EventTarget, name: string, envelope: BridgeEnvelope): void {
  target.dispatchEvent(new CustomEvent(name, { detail: JSON.stringify(envelope) }));
}

function receive(event: Event, site: string): BridgeEnvelope | null {
  const detail = (event as CustomEvent).detail;
  if (typeof detail !== 'string') return null;
  try {
    const envelope = JSON.parse(detail) as BridgeEnvelope;
    // Another version of the other end (an old tab after an update) is ignored: requests time out
    // and the adapter falls back to its degraded mode rather than misreading a changed message.
    return envelope && envelope.v === BRIDGE_VERSION && envelope.site === site ? envelope : null;
  } catch {
    return null;
  }
}

export interface BridgeClient<S extends BridgeSpec> {
  request<K extends keyof Methods<S> & string>(
    method: K,
    params: Methods<S>[K]['params'],
    timeoutMs?: number,
  ): Promise<Methods<S>[K]['result']>;
  on<K extends keyof Events<S> & string>(event: K, listener: (data: Events<S>[K]) => void): () => void;
  dispose(): void;
}

/** The content-script end. */
export function connectBridge<S extends BridgeSpec>(
  site: string,
  options: { target?: EventTarget; timeoutMs?: number } = {},
): BridgeClient<S> {
  const target = options.target ?? document;
  const defaultTimeout = options.timeoutMs ?? 3000;
  const { toPage, toContent } = bridgeEventNames(site);
  const pending = new Map<string, { ok(result: unknown): void; fail(error: Error): void; timer: ReturnType<typeof setTimeout> }>();
  const listeners = new Map<string, Set<(data: unknown) => void>>();
  const prefix = Math.random().toString(36).slice(2, 8);
  let next = 0;

  const onMessage = (event: Event) => {
    const envelope = receive(event, site);
    if (!envelope) return;
    if (envelope.kind === 'response') {
      const waiting = pending.get(envelope.id);
      if (!waiting) return;
      pending.delete(envelope.id);
      clearTimeout(waiting.timer);
      if (envelope.ok) waiting.ok(envelope.result);
      else waiting.fail(new Error(envelope.error));
    } else if (envelope.kind === 'event') {
      for (const listener of listeners.get(envelope.event) ?? []) listener(envelope.data);
    }
  };
  target.addEventListener(toContent, onMessage);

  return {
    request(method, params, timeoutMs = defaultTimeout) {
      const id = `${prefix}-${++next}`;
      return new Promise((ok, fail) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          fail(new BridgeTimeout(site, method, timeoutMs));
        }, timeoutMs);
        pending.set(id, { ok: ok as (result: unknown) => void, fail, timer });
        post(target, toPage, { v: BRIDGE_VERSION, site, kind: 'request', id, method, params });
      });
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (data: unknown) => void);
      return () => set.delete(listener as (data: unknown) => void);
    },
    dispose() {
      target.removeEventListener(toContent, onMessage);
      for (const [, waiting] of pending) {
        clearTimeout(waiting.timer);
        waiting.fail(new Error('closed'));
      }
      pending.clear();
      listeners.clear();
    },
  };
}

export type BridgeHandlers<S extends BridgeSpec> = {
  [K in keyof Methods<S>]: (params: Methods<S>[K]['params']) => Methods<S>[K]['result'] | Promise<Methods<S>[K]['result']>;
};

export interface BridgeServer<S extends BridgeSpec> {
  emit<K extends keyof Events<S> & string>(event: K, data: Events<S>[K]): void;
  dispose(): void;
}

/** The main-world end (the site's bridge script). */
export function serveBridge<S extends BridgeSpec>(
  site: string,
  handlers: BridgeHandlers<S>,
  target: EventTarget = document,
): BridgeServer<S> {
  const { toPage, toContent } = bridgeEventNames(site);
  const onRequest = async (event: Event) => {
    const envelope = receive(event, site);
    if (envelope?.kind !== 'request') return;
    const reply = (body: { ok: true; result: unknown } | { ok: false; error: string }) =>
      post(target, toContent, { v: BRIDGE_VERSION, site, kind: 'response', id: envelope.id, ...body });
    const handler = (handlers as Record<string, ((params: unknown) => unknown) | undefined>)[envelope.method];
    if (!handler) return reply({ ok: false, error: `unknown method ${envelope.method}` });
    try {
      reply({ ok: true, result: (await handler(envelope.params)) ?? null });
    } catch (error) {
      reply({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
  target.addEventListener(toPage, onRequest);
  return {
    emit(event, data) {
      post(target, toContent, { v: BRIDGE_VERSION, site, kind: 'event', event, data });
    },
    dispose() {
      target.removeEventListener(toPage, onRequest);
    },
  };
}
