// Turns errors from IndexedDB/Dexie into something a user can act on.
import type { Translate } from '../i18n';

function names(err: unknown): string[] {
  const out: string[] = [];
  let e: any = err;
  for (let i = 0; e && i < 4; i++) {
    if (typeof e.name === 'string') out.push(e.name);
    e = e.inner ?? e.cause;
  }
  return out;
}

export function storageErrorMessage(err: unknown, t: Translate): string {
  const n = names(err);
  if (n.includes('QuotaExceededError')) return t('error.quota');
  if (n.some((x) => x === 'VersionChangeError' || x === 'BlockedError' || x === 'DatabaseClosedError' || x === 'VersionError'))
    return t('error.blocked');
  const message = err instanceof Error ? err.message : String(err);
  return t('error.storage', { message });
}
