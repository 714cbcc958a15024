// The link between a site adapter (content script, isolated world) and its bridge script in the
// page's main world, where the site's own objects live. Both ends import this module, so the
// wire format is one definition: versioned JSON strings in CustomEvents on the document (JSON
// because object details do not cross worlds in every browser), each request with an id and a
// timeout, and notifications from the page without an id.

export const BRIDGE_VERSION = 1;

interface Envelope {
  v: number;
  id?: number;
  op?: string;
  args?: unknown;
  ok?: boolean;
  result?: unknown;
  error?: string;
  notice?: string;
}

const toPage = (site: string) => `ra-bridge:${site}:request`;
const toContent = (site: string) => `ra-bridge:${site}:reply`;

function parse(event: Event): Envelope | null {
  const detail = (event as CustomEvent).detail;
  if (typeof detail !== 'string') return null;
  try {
    const envelope = JSON.parse(detail) as Envelope;
    return envelope && envelope.v === BRIDGE_VERSION ? envelope : null;
  } catch {
    return null;
  }
}

function emit(doc: Document, type: string, envelope: Envelope): void {
  const View = doc.defaultView;
  const Ctor = View?.CustomEvent ?? CustomEvent;
  doc.dispatchEvent(new Ctor(type, { detail: JSON.stringify(envelope) }));
}

export type BridgeHandlers = Record<string, (args: any) => unknown>;

/** Main-world end: answers requests with the handlers; returns notify(notice, data). */
export function serveBridge(site: string, handlers: BridgeHandlers, doc: Document = document): (notice: string, data?: unknown) => void {
  doc.addEventListener(toPage(site), (event) => {
    const request = parse(event);
    if (!request || typeof request.id !== 'number' || typeof request.op !== 'string') return;
    const { id, op } = request;
    const handler = Object.prototype.hasOwnProperty.call(handlers, op) ? handlers[op] : null;
    const answer = (reply: Omit<Envelope, 'v'>) => emit(doc, toContent(site), { ...reply, v: BRIDGE_VERSION, id });
    if (!handler) return answer({ ok: false, error: 'unknown-op' });
    Promise.resolve()
      .then(() => handler(request.args))
      .then(
        (result) => answer({ ok: true, result }),
        (error: unknown) => answer({ ok: false, error: String((error as Error)?.message ?? error) }),
      );
  });
  return (notice, data) => emit(doc, toContent(site), { v: BRIDGE_VERSION, notice, result: data });
}

export interface BridgeClient {
  /** Resolves with the handler's result; rejects on an error, an unknown op or the timeout. */
  request<T>(op: string, args?: unknown, timeoutMs?: number): Promise<T>;
  onNotice(listener: (notice: string, data: unknown) => void): () => void;
  dispose(): void;
}

/** Content-script end. */
export function connectBridge(site: string, doc: Document, defaultTimeoutMs = 3000): BridgeClient {
  let nextId = 1;
  const pending = new Map<number, { ok(value: unknown): void; fail(error: Error): void; timer: ReturnType<typeof setTimeout> }>();
  const listeners = new Set<(notice: string, data: unknown) => void>();
  const onReply = (event: Event) => {
    const reply = parse(event);
    if (!reply) return;
    if (typeof reply.notice === 'string') {
      for (const listener of listeners) listener(reply.notice, reply.result);
      return;
    }
    const waiting = typeof reply.id === 'number' ? pending.get(reply.id) : undefined;
    if (!waiting) return;
    pending.delete(reply.id!);
    clearTimeout(waiting.timer);
    if (reply.ok) waiting.ok(reply.result);
    else waiting.fail(new Error(reply.error ?? 'bridge error'));
  };
  doc.addEventListener(toContent(site), onReply);
  return {
    request<T>(op: string, args?: unknown, timeoutMs = defaultTimeoutMs) {
      const id = nextId++;
      return new Promise<T>((ok, fail) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          fail(new Error('bridge timeout'));
        }, timeoutMs);
        pending.set(id, { ok: ok as (value: unknown) => void, fail, timer });
        emit(doc, toPage(site), { v: BRIDGE_VERSION, id, op, args });
      });
    },
    onNotice(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      doc.removeEventListener(toContent(site), onReply);
      for (const [, waiting] of pending) {
        clearTimeout(waiting.timer);
        waiting.fail(new Error('bridge closed'));
      }
      pending.clear();
      listeners.clear();
    },
  };
}
