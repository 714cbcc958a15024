// Protocol messages to a tab's content script, sent from the extension's service worker exactly
// as the panel sends them (@webext-core/messaging's wire format {id, type, data, timestamp} → {res} | {err}).
import type { BrowserContext } from 'playwright-core';
import type { ProtocolMap } from '../../lib/protocol';

export type MessageData<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];

export async function sendToTab<K extends keyof ProtocolMap>(
  context: BrowserContext,
  tabId: number,
  type: K,
  data?: MessageData<K>,
): Promise<ReturnType<ProtocolMap[K]>> {
  const reply = await context
    .serviceWorkers()[0]
    .evaluate(
      ({ tabId, message }) =>
        new Promise<any>((ok) =>
          chrome.tabs.sendMessage(tabId, message, (r: unknown) =>
            ok(chrome.runtime.lastError ? { err: chrome.runtime.lastError.message } : r),
          ),
        ),
      { tabId, message: { id: Math.floor(Math.random() * 1e6), type, data, timestamp: Date.now() } },
    );
  if (!reply || reply.err) throw new Error(`${type}: ${JSON.stringify(reply?.err ?? 'no answer')}`);
  return reply.res;
}

declare const chrome: any;
