import type { DocState, EditorInfo } from '@/lib/protocol';
import { useT } from '@/lib/panel/i18n-context';
import { isMessageKey, type Translate } from '@/lib/i18n';

/** The editor as users call it: its product name, or plain words for a generic edit box. */
function editorName(editor: EditorInfo, t: Translate): string {
  const key = `editor.${editor.id}`;
  return isMessageKey(key) ? t(key) : editor.name;
}

/** Always-visible line: which editor was found. */
export function Header({ state, local }: { state: DocState | null; local: boolean }) {
  const t = useT();
  const editor = local ? null : state?.editor;
  return (
    <header class="header" data-testid="editor-line">
      {editor ? (
        <p>
          <strong>{t('header.editor', { name: editorName(editor, t) })}</strong>
        </p>
      ) : (
        <p class="warn">{t('header.noEditor')}</p>
      )}
      {state && editor && !state.isReport && <p class="muted">{t('header.notReport')}</p>}
    </header>
  );
}
