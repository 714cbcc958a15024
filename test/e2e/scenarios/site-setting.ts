import type { ExtensionBrowser } from '../browser';
import { DB_NAME } from '../../../lib/db/schema';

/**
 * Writes "site on" straight into the extension's library: test cleanup after a test switched a site
 * off through the panel, so the next tests of the same origin start with it on (not the path under test).
 */
export function setSiteOn(b: ExtensionBrowser, origin: string): Promise<void> {
  return b.context.serviceWorkers()[0].evaluate(
    ({ origin, dbName }) =>
      new Promise<void>((ok, fail) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'sites', value: { [origin]: true } });
          tx.oncomplete = () => {
            open.result.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    { origin, dbName: DB_NAME },
  );
}
