import { colourInputValue, DEFAULT_COLOURS, pickColour, PLACEHOLDER_KINDS, resolveColours } from '@/lib/highlight/styles';
import type { MessageKey } from '@/lib/i18n';
import type { Settings } from '@/lib/db/types';
import { setSetting } from '@/lib/db/settings';
import { useT } from '@/lib/panel/i18n-context';
import { errorNotice, useNotify } from '@/lib/panel/notices';
import type { PageLink } from '@/lib/panel/page-link';
import { switchSite } from '@/lib/panel/site-access';
import { usePageOrigin } from '@/lib/panel/use-page-origin';
import { BackupSection } from './BackupSection';

export function SettingsView({ settings, link, docUrl }: { settings: Settings; link: PageLink | null; docUrl?: string }) {
  const t = useT();
  const notify = useNotify();
  const origin = usePageOrigin(link, docUrl);
  // What the page paints for each kind: the same resolution the content script applies.
  const painted = resolveColours(settings.highlightColours as Record<string, string>);
  const fail = (err: unknown) => notify(errorNotice(err));

  const toggleSite = (enabled: boolean) => {
    if (!origin) return;
    switchSite(origin, enabled).then(
      (ok) =>
        notify(
          ok
            ? { key: enabled ? 'settings.siteOnSaved' : 'settings.siteOffSaved', tone: 'info' }
            : { key: 'settings.permissionDenied', tone: 'error' },
        ),
      fail,
    );
  };

  return (
    <div class="view settings">
      <fieldset>
        <legend>{t('settings.site')}</legend>
        {origin ? (
          <label class="check">
            <input type="checkbox" checked={settings.sites[origin] ?? true} onChange={(e) => toggleSite(e.currentTarget.checked)} />
            {t('settings.siteOn', { origin })}
          </label>
        ) : (
          <p class="muted">{t('settings.siteUnknown')}</p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('settings.language')}</legend>
        <select
          aria-label={t('settings.language')}
          value={settings.language}
          onChange={(e) => setSetting('language', e.currentTarget.value as Settings['language']).catch(fail)}
        >
          <option value="auto">{t('settings.lang.auto')}</option>
          <option value="zh">{t('settings.lang.zh')}</option>
          <option value="en">{t('settings.lang.en')}</option>
        </select>
      </fieldset>
      <fieldset>
        <legend>{t('settings.colors')}</legend>
        {PLACEHOLDER_KINDS.map((kind) => {
          const name = t(`kind.${kind}` as MessageKey);
          return (
            <label class="form-row colour-row" key={kind}>
              <span
                class="swatch"
                style={{ backgroundColor: painted[kind] }}
                title={t('settings.colorSample', { kind: name })}
                data-testid={`swatch-${kind}`}
              />
              <input
                type="color"
                value={colourInputValue(painted[kind]) ?? colourInputValue(DEFAULT_COLOURS[kind]) ?? '#000000'}
                aria-label={t('settings.color', { kind: name })}
                onChange={(e) =>
                  setSetting('highlightColours', pickColour(settings.highlightColours, kind, e.currentTarget.value)).catch(fail)
                }
              />
              <span>{name}</span>
            </label>
          );
        })}
      </fieldset>
      <BackupSection />
    </div>
  );
}
