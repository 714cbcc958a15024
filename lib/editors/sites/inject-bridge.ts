// Loads a site's main-world bridge script once per document (WXT's injectScript: an unlisted
// script listed in web_accessible_resources for that site's hosts only).
import { injectScript } from 'wxt/utils/inject-script';

export type BridgeScript = '/lark-bridge.js' | '/word-bridge.js';

const loaded = new Map<string, Promise<boolean>>();

/** Resolves true once the bridge script ran in the page (false when the page refused it). */
export function injectBridge(path: BridgeScript): Promise<boolean> {
  let done = loaded.get(path);
  if (!done) {
    done = injectScript(path).then(
      () => true,
      () => false,
    );
    loaded.set(path, done);
  }
  return done;
}
