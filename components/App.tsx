import { useEffect, useMemo, useState } from 'preact/hooks';
import { resolveLanguage, translator, type Language } from '@/lib/i18n';
import { I18nContext } from '@/lib/panel/i18n-context';
import { NoticeContext, type Notice } from '@/lib/panel/notices';
import type { PageLink } from '@/lib/panel/page-link';
import { createLocalLink } from '@/lib/panel/local-link';
import { useDocState } from '@/lib/panel/use-doc-state';
import { Header } from './Header';
import { DegradedPanel } from './DegradedPanel';
import { TabBar, type TabId } from './TabBar';
import { OutlineView } from './OutlineView';
import { BlanksView } from './BlanksView';
import { CleanView } from './CleanView';
import { NoticeLine } from './NoticeLine';
import { memoryBlankTotalStore, type BlankTotalStore } from '@/lib/panel/blank-progress';
import { useBlankProgress } from '@/lib/panel/use-blank-progress';

export interface AppProps {
  /** The page the panel works on; null while unknown. */
  link: PageLink | null;
  /** Overrides the language (tests); otherwise settings, then the browser's language. */
  language?: Language;
  blankTotals?: BlankTotalStore;
}

const sessionTotals = memoryBlankTotalStore();

export function App({ link, language: forced, blankTotals = sessionTotals }: AppProps) {
  const [language, setLanguage] = useState<Language>(forced ?? resolveLanguage('auto', navigator.language));
  const i18n = useMemo(() => ({ language, t: translator(language) }), [language]);
  const t = i18n.t;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [tab, setTab] = useState<TabId>('outline');
  const [localText, setLocalText] = useState<string | null>(null);
  const localLink = useMemo(() => (localText === null ? null : createLocalLink(localText)), [localText]);
  const page = useDocState(link);
  const local = useDocState(localLink);
  const degraded = !page.loading && (!page.state || !page.state.editor);
  const activeLink = degraded && localLink ? localLink : link;
  const state = degraded && localLink ? local.state : page.state;
  const [highlights, setHighlights] = useState(true);
  const progress = useBlankProgress(blankTotals, state?.url, state?.blanks.length ?? 0);

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.name');
  }, [language]);

  return (
    <I18nContext.Provider value={i18n}>
      <NoticeContext.Provider value={setNotice}>
        <div class="app">
          <Header state={page.state} local={degraded} />
          {degraded && activeLink && (
            <DegradedPanel
              getSelection={() => (link ? link.getSelectionText() : Promise.resolve(''))}
              onText={setLocalText}
              hasLocal={localText !== null}
            />
          )}
          <TabBar
            active={tab}
            onSelect={setTab}
            badges={{ blanks: state ? <span class="badge" data-testid="blank-count">{state.blanks.length}</span> : undefined }}
          />
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="tabpanel" tabIndex={0}>
            {page.loading && !state ? (
              <p class="muted">{t('app.loading')}</p>
            ) : tab === 'outline' ? (
              state && activeLink ? <OutlineView state={state} link={activeLink} /> : <p class="empty">{t('outline.empty')}</p>
            ) : tab === 'blanks' ? (
              state && activeLink ? (
                <BlanksView
                  state={state}
                  link={activeLink}
                  progress={progress}
                  highlights={highlights}
                  onHighlightsChange={setHighlights}
                />
              ) : (
                <p class="empty">{t('blanks.none')}</p>
              )
            ) : tab === 'clean' ? (
              <CleanView link={activeLink ?? createLocalLink('')} />
            ) : null}
          </div>
          <NoticeLine notice={notice} onClose={() => setNotice(null)} />
        </div>
      </NoticeContext.Provider>
    </I18nContext.Provider>
  );
}
