// Puts a site's main-world bridge script (an unlisted WXT script, entrypoints/<site>-bridge.ts)
// into the page, once per document. The script learns this extension's id from its own <script>
// element (document.currentScript.dataset.extensionId), never from the page.
import { injectScript, type ScriptPublicPath } from 'wxt/utils/inject-script';

const injected = new Set<string>();

export async function injectBridge(path: ScriptPublicPath): Promise<boolean> {
  if (injected.has(path)) return true;
  injected.add(path);
  try {
    await injectScript(path, {
      modifyScript(script) {
        script.dataset.extensionId = browser.runtime.id;
      },
    });
    return true;
  } catch {
    injected.delete(path);
    return false;
  }
}
