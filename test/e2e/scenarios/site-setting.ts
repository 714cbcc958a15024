import type { ExtensionBrowser } from '../browser';
import { DB_NAME } from '../../../lib/db/schema';

/**
 * Writes a site's switch straight into the extension's library (as the only switched site): test set-up
 * and cleanup around the path under test, e.g. so the next tests of the same origin start with it on.
 */
export function storeSiteSwitch(b: ExtensionBrowser, origin: string, enabled: boolean): Promise<void> {
  return b.context.serviceWorkers()[0].evaluate(
    ({ origin, enabled, dbName }) =>
      new Promise<void>((ok, fail) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'sites', value: { [origin]: enabled } });
          tx.oncomplete = () => {
            open.result.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    { origin, enabled, dbName: DB_NAME },
  );
}

export const setSiteOn = (b: ExtensionBrowser, origin: string): Promise<void> => storeSiteSwitch(b, origin, true);
