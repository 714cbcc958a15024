import { useState } from 'preact/hooks';
import type { DocState, EditorFeature, SiteInfo } from '@/lib/protocol';
import { useT } from '@/lib/panel/i18n-context';
import { useNotify } from '@/lib/panel/notices';
import type { PageLink } from '@/lib/panel/page-link';
import { translateLoose, type MessageKey } from '@/lib/i18n';

const featureKey = (f: EditorFeature) => `feature.${f}` as MessageKey;

/**
 * Always-visible line: which editor was found, what works there, and why not more (named degraded
 * mode), or which known suite this is and why it works from copied text there.
 */
export function Header({ state, local, link, site }: { state: DocState | null; local: boolean; link?: PageLink | null; site?: SiteInfo | null }) {
  const t = useT();
  const notify = useNotify();
  const [loading, setLoading] = useState(false);
  const editor = local ? null : state?.editor;
  const loadFullText = async () => {
    setLoading(true);
    const loaded = (await link?.loadFullText?.().catch(() => false)) ?? false;
    setLoading(false);
    if (!loaded) notify({ text: t('header.fullTextFailed'), tone: 'error' });
  };
  return (
    <header class="header" data-testid="editor-line">
      {editor ? (
        <p>
          <strong>{t('header.editor', { name: editor.name })}</strong>
          <span class="muted"> · {t('header.features', { list: editor.features.map((f) => t(featureKey(f))).join('、') })}</span>
        </p>
      ) : site ? (
        <>
          <p class="warn" data-testid="site-line">{t('site.degraded', { name: site.name })}</p>
          <p class="muted" data-testid="site-reason">{t(`site.reason.${site.reason}` as MessageKey, { name: site.name })}</p>
        </>
      ) : (
        <p class="warn">{t('header.noEditor')}</p>
      )}
      {editor?.notice && (
        <p class="warn" data-testid="editor-notice">
          {translateLoose(t, editor.notice)}
        </p>
      )}
      {editor?.features.includes('fullText') && link?.loadFullText && (
        <p>
          <button type="button" data-testid="load-full-text" disabled={loading} onClick={loadFullText}>
            {t('header.loadFullText')}
          </button>
        </p>
      )}
      {state && editor && !state.isReport && <p class="muted">{t('header.notReport')}</p>}
    </header>
  );
}
