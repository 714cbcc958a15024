import { useState } from 'preact/hooks';
import type { DocState, EditorInfo, FrameInfo, SiteInfo } from '@/lib/protocol';
import { useT } from '@/lib/panel/i18n-context';
import { useNotify } from '@/lib/panel/notices';
import type { PageLink } from '@/lib/panel/page-link';
import type { FrameSwitchView } from '@/lib/panel/use-frame-switch';
import { isMessageKey, translateLoose, type MessageKey, type Translate } from '@/lib/i18n/translate';

/** The editor as users call it: its product name, or plain words for a generic edit box. */
function editorName(editor: EditorInfo, t: Translate): string {
  const key = `editor.${editor.id}`;
  return isMessageKey(key) ? t(key) : editor.name;
}

/** Where an editor lives, in the user's words. */
function where(t: Translate, frame: FrameInfo): string {
  if (frame.top) return t('header.thisPage');
  return frame.host ? t('header.embeddedFrame', { host: frame.host }) : t('header.embeddedFrameNoHost');
}

interface HeaderProps {
  state: DocState | null;
  local: boolean;
  frames?: FrameSwitchView | null;
  link?: PageLink | null;
  /** A known suite whose text is not in the page (named degraded mode). */
  site?: SiteInfo | null;
}

/**
 * Always-visible line: which editor the panel follows, a switch when there are several, and why
 * not more where a site is only partly supported (named degraded mode), or which known suite this
 * is and why it works from copied text there.
 */
export function Header({ state, local, frames, link, site }: HeaderProps) {
  const t = useT();
  const notify = useNotify();
  const [loading, setLoading] = useState(false);
  // The note only informs: blanks and outline are shown all the same (the badge stays quiet).
  const [notReportDismissedFor, setNotReportDismissedFor] = useState<string | null>(null);
  const editor = local ? null : state?.editor;
  const choices = frames?.choices ?? [];
  const loadFullText = async () => {
    setLoading(true);
    const loaded = (await link?.loadFullText?.().catch(() => false)) ?? false;
    setLoading(false);
    if (!loaded) notify({ key: 'header.fullTextFailed', tone: 'error' });
  };
  return (
    <header class="header" data-testid="editor-line">
      {editor ? (
        <p>
          <strong data-testid="editor-followed">
            {state?.frame
              ? t('header.following', { name: editorName(editor, t), where: where(t, state.frame) })
              : t('header.editor', { name: editorName(editor, t) })}
          </strong>
        </p>
      ) : site ? (
        <>
          <p class="warn" data-testid="site-line">
            {t('site.degraded', { name: site.name })}
          </p>
          <p class="muted" data-testid="site-reason">
            {t(`site.reason.${site.reason}` as MessageKey, { name: site.name })}
          </p>
        </>
      ) : (
        <p class="warn">{t('header.noEditor')}</p>
      )}
      {editor && frames && choices.length > 1 && (
        <label class="frame-switch">
          {t('header.switchEditor')}
          <select value={String(frames.target ?? '')} onChange={(e) => frames.choose(Number((e.target as HTMLSelectElement).value))}>
            {choices.map((c) => (
              <option key={c.frameId} value={String(c.frameId)}>
                {t(c.frame.confirmed ? 'header.choice' : 'header.choiceUnconfirmed', {
                  name: c.editor ? editorName(c.editor, t) : '',
                  where: where(t, c.frame),
                })}
              </option>
            ))}
          </select>
        </label>
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
      {state && editor && !state.isReport && notReportDismissedFor !== state.url && (
        <p class="muted" data-testid="not-report">
          {t('header.notReport')}{' '}
          <button type="button" class="link" onClick={() => setNotReportDismissedFor(state.url)}>
            {t('header.dismiss')}
          </button>
        </p>
      )}
    </header>
  );
}
