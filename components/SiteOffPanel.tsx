import { useT } from '@/lib/panel/i18n-context';
import { errorNotice, useNotify } from '@/lib/panel/notices';
import { switchSite } from '@/lib/panel/site-access';

/** Shown instead of the editor line when the user switched the extension off for this site. */
export function SiteOffPanel({ origin }: { origin: string }) {
  const t = useT();
  const notify = useNotify();
  return (
    <section class="site-off" data-testid="site-off">
      <p class="warn">{t('settings.siteOff', { origin })}</p>
      <button
        type="button"
        class="primary"
        onClick={() =>
          // Synchronously inside the click: switching on may need the browser's permission prompt.
          switchSite(origin, true).then(
            (ok) => notify(ok ? { key: 'settings.siteOnSaved', tone: 'info' } : { key: 'settings.permissionDenied', tone: 'error' }),
            (err) => notify(errorNotice(err)),
          )
        }
      >
        {t('settings.siteReenable')}
      </button>
    </section>
  );
}
