import type { DocState, EditorFeature } from '@/lib/protocol';
import { useT } from '@/lib/panel/i18n-context';
import type { MessageKey } from '@/lib/i18n';

const featureKey = (f: EditorFeature) => `feature.${f}` as MessageKey;

/** Always-visible line: which editor was found and what works there. */
export function Header({ state, local }: { state: DocState | null; local: boolean }) {
  const t = useT();
  const editor = local ? null : state?.editor;
  return (
    <header class="header" data-testid="editor-line">
      {editor ? (
        <p>
          <strong>{t('header.editor', { name: editor.name })}</strong>
          <span class="muted"> · {t('header.features', { list: editor.features.map((f) => t(featureKey(f))).join('、') })}</span>
        </p>
      ) : (
        <p class="warn">{t('header.noEditor')}</p>
      )}
      {state && editor && !state.isReport && <p class="muted">{t('header.notReport')}</p>}
    </header>
  );
}
