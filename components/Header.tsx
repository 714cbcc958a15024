import type { DocState, EditorFeature, SiteInfo } from '@/lib/protocol';
import { useT } from '@/lib/panel/i18n-context';
import type { MessageKey } from '@/lib/i18n';

const featureKey = (f: EditorFeature) => `feature.${f}` as MessageKey;

/** Always-visible line: which editor was found and what works there, or which known site this is and why it is simplified. */
export function Header({ state, local, site }: { state: DocState | null; local: boolean; site?: SiteInfo | null }) {
  const t = useT();
  const editor = local ? null : state?.editor;
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
      {state && editor && !state.isReport && <p class="muted">{t('header.notReport')}</p>}
    </header>
  );
}
