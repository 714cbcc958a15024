import { useState } from 'preact/hooks';
import { useT } from '@/lib/panel/i18n-context';
import { LOCAL_TEXT_LIMIT } from '@/lib/panel/local-state';
import { useNotify } from '@/lib/panel/notices';

/** Shown when the page has no supported editor: analyse the page selection or pasted text here. */
export function DegradedPanel(props: { getSelection: () => Promise<string>; onText: (text: string | null) => void; hasLocal: boolean }) {
  const t = useT();
  const notify = useNotify();
  const [pasted, setPasted] = useState('');
  const use = (text: string) => {
    if (text.length > LOCAL_TEXT_LIMIT) notify({ key: 'error.tooLarge', params: { chars: text.length, limit: LOCAL_TEXT_LIMIT }, tone: 'error' });
    else notify({ key: 'degraded.analyzed', params: { chars: text.length }, tone: 'info' });
    props.onText(text);
  };
  return (
    <section class="degraded" aria-label={t('degraded.title')}>
      <h2>{t('degraded.title')}</h2>
      <p class="muted">{t('degraded.explain')}</p>
      <div class="toolbar">
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
