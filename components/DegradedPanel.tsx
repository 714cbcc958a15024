import { useState } from 'preact/hooks';
import { useT } from '@/lib/panel/i18n-context';
import { copyText } from '@/lib/panel/clipboard';
import { LOCAL_TEXT_LIMIT } from '@/lib/panel/local-state';
import { useNotify } from '@/lib/panel/notices';
import type { SiteInfo } from '@/lib/protocol';

/**
 * Shown when the page has no supported editor: analyse the page selection or pasted text here,
 * fill it in the panel and copy the filled text back. On a known suite the steps name the site;
 * where the text is drawn on canvas there is no page selection to offer.
 */
export function DegradedPanel(props: {
  getSelection: () => Promise<string>;
  onText: (text: string | null) => void;
  hasLocal: boolean;
  /** The local text as filled in the panel so far. */
  filledText: () => string;
  site?: SiteInfo | null;
  copy?: (text: string) => Promise<boolean>;
}) {
  const t = useT();
  const notify = useNotify();
  const [pasted, setPasted] = useState('');
  const { site } = props;
  const use = (text: string) => {
    if (text.length > LOCAL_TEXT_LIMIT)
      notify({ key: 'error.tooLarge', params: { chars: text.length, limit: LOCAL_TEXT_LIMIT }, tone: 'error' });
    else notify({ key: 'degraded.analyzed', params: { chars: text.length }, tone: 'info' });
    props.onText(text);
  };
  const copyBack = async () => {
    const done = await (props.copy ?? copyText)(props.filledText());
    if (!done) notify({ key: 'copy.failed', tone: 'error' });
    else
      notify(
        site ? { key: 'degraded.copiedBackTo', params: { name: site.name }, tone: 'info' } : { key: 'degraded.copiedBack', tone: 'info' },
      );
  };
  return (
    <section class="degraded" aria-label={t('degraded.title')}>
      <h2>{t('degraded.title')}</h2>
      <p class="muted">{site ? t('degraded.siteSteps', { name: site.name }) : t('degraded.explain')}</p>
      <div class="toolbar">
        {site?.reason !== 'canvas' && (
          <button
            type="button"
            onClick={async () => {
              const text = await props.getSelection().catch(() => '');
              if (!text.trim()) notify({ key: 'degraded.noSelection', tone: 'error' });
              else use(text);
            }}
          >
            {t('degraded.useSelection')}
          </button>
        )}
        {props.hasLocal && (
          <button type="button" onClick={copyBack}>
            {t('degraded.copyBack')}
          </button>
        )}
        {props.hasLocal && (
          <button type="button" onClick={() => props.onText(null)}>
            {t('degraded.clear')}
          </button>
        )}
      </div>
      <label class="stack">
        {t('degraded.pasteLabel')}
        <textarea rows={4} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
      </label>
      <button type="button" onClick={() => pasted.trim() && use(pasted)} disabled={!pasted.trim()}>
        {t('degraded.analyze')}
      </button>
    </section>
  );
}
