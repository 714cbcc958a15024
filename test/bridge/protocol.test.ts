import { describe, expect, test } from 'vitest';
import { BRIDGE_VERSION, BridgeTimeout, bridgeEventNames, connectBridge, serveBridge } from '../../lib/bridge/protocol';

interface Spec {
  methods: {
    add: { params: { a: number; b: number }; result: number };
    fail: { params: null; result: null };
    slow: { params: null; result: string };
  };
  events: { text: string };
}

const handlers = {
  add: ({ a, b }: { a: number; b: number }) => a + b,
  fail: () => {
    throw new Error('page said no');
  },
  slow: () => new Promise<string>((ok) => setTimeout(() => ok('late'), 200)),
};

describe('bridge protocol', () => {
  test('a request is answered by the handler of the same site, by id', async () => {
    const target = new EventTarget();
    serveBridge<Spec>('docs', handlers, target);
    const client = connectBridge<Spec>('docs', { target });
    const [x, y] = await Promise.all([client.request('add', { a: 2, b: 3 }), client.request('add', { a: 10, b: 1 })]);
    expect([x, y]).toEqual([5, 11]);
  });

  test('a handler error comes back as a rejection with its message', async () => {
    const target = new EventTarget();
    serveBridge<Spec>('docs', handlers, target);
    await expect(connectBridge<Spec>('docs', { target }).request('fail', null)).rejects.toThrow('page said no');
  });

  test('no bridge, another site or another version: the request times out', async () => {
    const target = new EventTarget();
    serveBridge<Spec>('lark', handlers, target);
    const names = bridgeEventNames('docs');
    // An old bridge speaking another version answers everything with 0.
    target.addEventListener(names.toPage, (e) => {
      const req = JSON.parse((e as CustomEvent).detail);
      target.dispatchEvent(
        new CustomEvent(names.toContent, {
          detail: JSON.stringify({ ...req, v: BRIDGE_VERSION + 1, kind: 'response', ok: true, result: 0 }),
        }),
      );
    });
    const request = connectBridge<Spec>('docs', { target }).request('add', { a: 1, b: 1 }, 50);
    await expect(request).rejects.toBeInstanceOf(BridgeTimeout);
  });

  test('a late answer after the timeout is ignored; events reach every listener until unsubscribed', async () => {
    const target = new EventTarget();
    const server = serveBridge<Spec>('docs', handlers, target);
    const client = connectBridge<Spec>('docs', { target });
    await expect(client.request('slow', null, 20)).rejects.toBeInstanceOf(BridgeTimeout);
    const seen: string[] = [];
    const stop = client.on('text', (t) => seen.push(`a:${t}`));
    client.on('text', (t) => seen.push(`b:${t}`));
    server.emit('text', 'one');
    stop();
    server.emit('text', 'two');
    await new Promise((ok) => setTimeout(ok, 250));
    expect(seen).toEqual(['a:one', 'b:one', 'b:two']);
  });

  test('messages cross worlds as JSON strings, never as objects', () => {
    const target = new EventTarget();
    const details: unknown[] = [];
    target.addEventListener(bridgeEventNames('docs').toPage, (e) => details.push((e as CustomEvent).detail));
    void connectBridge<Spec>('docs', { target, timeoutMs: 10 })
      .request('add', { a: 1, b: 2 })
      .catch(() => {});
    expect(details).toHaveLength(1);
    expect(typeof details[0]).toBe('string');
    expect(JSON.parse(details[0] as string)).toMatchObject({
      v: BRIDGE_VERSION,
      site: 'docs',
      kind: 'request',
      method: 'add',
      params: { a: 1, b: 2 },
    });
  });
});
