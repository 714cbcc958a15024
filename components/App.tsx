import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { resolveLanguage, zhTranslator, type Language } from '@/lib/i18n/translate';
import { useTranslator } from '@/lib/panel/use-translator';
import { onStorageError } from '@/lib/db/errors';
import { DEFAULT_SETTINGS } from '@/lib/db/default-settings';
import { blankTotals as libraryBlankTotals, observeSettings, setSetting } from '@/lib/panel/library-lazy';
import type { BlankTotalStore } from '@/lib/panel/blank-progress';
import { I18nContext } from '@/lib/panel/i18n-context';
import { NoticeContext, type Notice } from '@/lib/panel/notices';
import type { PageLink } from '@/lib/panel/page-link';
import { createLocalLink } from '@/lib/panel/local-link';
import { degradedSite, degradedSiteForHost } from '@/lib/editors/sites/degraded';
import type { SiteInfo } from '@/lib/protocol';
import { useDocState } from '@/lib/panel/use-doc-state';
import { useFrameSwitch } from '@/lib/panel/use-frame-switch';
import { useBlankProgress } from '@/lib/panel/use-blank-progress';
import { useLiveOr } from '@/lib/panel/use-live';
import { usePageOrigin } from '@/lib/panel/use-page-origin';
import { Header } from './Header';
import { DegradedPanel } from './DegradedPanel';
import { TabBar, type TabId } from './TabBar';
import { OutlineView } from './OutlineView';
import { NoticeLine } from './NoticeLine';
import { lazyComponent, preloadWhenIdle } from './Lazy';

// The first view is the outline: every other tab, and the parts shown only in rare states, are
// fetched on first use (or when the panel is idle), which keeps the panel's first bundle small.
const BlanksView = lazyComponent(async () => (await import('./BlanksView')).BlanksView);
const PhrasesView = lazyComponent(async () => (await import('./PhrasesView')).PhrasesView);
const TemplatesView = lazyComponent(async () => (await import('./TemplatesView')).TemplatesView);
const CleanView = lazyComponent(async () => (await import('./CleanView')).CleanView);
const SettingsView = lazyComponent(async () => (await import('./SettingsView')).SettingsView);
const SiteOffPanel = lazyComponent(async () => (await import('./SiteOffPanel')).SiteOffPanel);
const LibraryLossPanel = lazyComponent(async () => (await import('./LibraryLossPanel')).LibraryLossPanel, { quiet: true });
const LAZY_PARTS = [BlanksView, PhrasesView, TemplatesView, CleanView, SettingsView, SiteOffPanel, LibraryLossPanel];

/** Fetches every lazily loaded part of the panel now (tests that render them all). */
export const preloadPanelParts = () => Promise.all(LAZY_PARTS.map((part) => part.preload()));

type OwnedNotice = Notice & { owner?: { link: PageLink | null; tab: TabId } };

export interface AppProps {
  /** The page the panel works on; null while unknown. */
  link: PageLink | null;
  /** Overrides the language (tests); otherwise settings, then the browser's language. */
  language?: Language;
  blankTotals?: BlankTotalStore;
}

export function App({ link, language: forced, blankTotals = libraryBlankTotals }: AppProps) {
  // Undefined until the stored settings answer: the language chosen there decides the first paint.
  const storedSettings = useLiveOr(observeSettings, DEFAULT_SETTINGS);
  const settings = storedSettings ?? DEFAULT_SETTINGS;
  // An English panel fetches its catalogue first (the first bundle carries only Chinese).
  const loadedLanguage = useTranslator(forced ?? resolveLanguage(settings.language, navigator.language));
  const i18n = loadedLanguage ?? { language: 'zh' as const, t: zhTranslator };
  const { language, t } = i18n;
  const [tab, setTab] = useState<TabId>('outline');
  // A notice belongs to the page tab and the view it was raised from; storage errors (no owner) show everywhere.
  const [notice, setNotice] = useState<OwnedNotice | null>(null);
  const notify = useCallback((n: Notice) => setNotice({ ...n, owner: { link, tab } }), [link, tab]);
  const shownNotice = notice && (!notice.owner || (notice.owner.link === link && notice.owner.tab === tab)) ? notice : null;
  const [localText, setLocalText] = useState<string | null>(null);
  const localLink = useMemo(() => (localText === null ? null : createLocalLink(localText)), [localText]);
  const page = useDocState(link);
  const frameSwitch = useFrameSwitch(link);
  const local = useDocState(localLink);
  const origin = usePageOrigin(link, page.state?.url);
  // Switched off for this site: the page's content script idles, whatever state it last sent is stale.
  const siteOff = origin !== undefined && settings.sites[origin] === false;
  const degraded = !siteOff && !page.loading && !page.state?.editor;
  // A known suite is named even where its content script does not answer (switched off, not loaded yet).
  const [siteByUrl, setSiteByUrl] = useState<SiteInfo | null>(null);
  useEffect(() => {
    if (!degraded || page.state?.site || !link) return;
    let alive = true;
    void link.pageUrl().then((url) => alive && setSiteByUrl(url ? degradedSiteForHost(hostnameOf(url)) : null));
    return () => {
      alive = false;
    };
  }, [link, degraded, !!page.state?.site]);
  const site = degradedSite(page.state?.site) ?? siteByUrl;
  const activeLink = degraded && localLink ? localLink : link;
  const state = siteOff ? null : degraded && localLink ? local.state : page.state;
  const progress = useBlankProgress(blankTotals, state?.url, state?.fields.length ?? 0);

  useEffect(() => onStorageError((e) => setNotice({ text: e.text, tone: 'error' })), []);
  useEffect(() => preloadWhenIdle(LAZY_PARTS), []);
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.name');
  }, [language, t]);
  const highlight = { enabled: settings.highlightsEnabled, colors: settings.highlightColours as Record<string, string> };
  useEffect(() => {
    if (link && page.state?.editor) void link.setHighlights(highlight);
  }, [link, !!page.state?.editor, page.state?.frame?.frameId, JSON.stringify(highlight)]);

  const panel = (() => {
    if (page.loading && !state && !siteOff) return <p class="muted">{t('app.loading')}</p>;
    const target = activeLink ?? createLocalLink('');
    switch (tab) {
      case 'outline':
        return state ? <OutlineView state={state} link={target} /> : <p class="empty">{t('outline.empty')}</p>;
      case 'blanks':
        return state ? (
          <BlanksView
            state={state}
            link={target}
            progress={progress}
            highlights={settings.highlightsEnabled}
            onHighlightsChange={(on) => setSetting('highlightsEnabled', on).catch(() => {})}
            profile={settings.profile ?? []}
            onUndone={progress.retract}
          />
        ) : (
          <p class="empty">{t('blanks.none')}</p>
        );
      case 'phrases':
        return <PhrasesView link={target} />;
      case 'templates':
        return <TemplatesView link={target} state={state} />;
      case 'clean':
        return <CleanView link={target} />;
      case 'settings':
        return <SettingsView settings={settings} link={link} docUrl={page.state?.url} />;
    }
  })();

  // Nothing before the stored language and its catalogue are at hand: no flash of the other language.
  if (!loadedLanguage || !storedSettings) return null;
  return (
    <I18nContext.Provider value={i18n}>
      <NoticeContext.Provider value={notify}>
        <div class="app">
          <LibraryLossPanel />
          {siteOff && origin ? (
            <SiteOffPanel origin={origin} />
          ) : (
            <Header state={page.state} local={degraded} frames={frameSwitch} link={link} site={degraded ? site : null} />
          )}
          {degraded && (
            <DegradedPanel
              getSelection={() => (link ? link.getSelectionText() : Promise.resolve(''))}
              onText={setLocalText}
              hasLocal={localText !== null}
              filledText={() => localLink?.text() ?? ''}
              site={site}
            />
          )}
          <TabBar
            active={tab}
            onSelect={setTab}
            badges={{
              blanks: state ? (
                <span class="badge" data-testid="blank-count">
                  {state.fields.length}
                  {state.blankTotal > state.blanks.length ? '+' : ''}
                </span>
              ) : undefined,
            }}
          />
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the WAI-ARIA tabs pattern makes the tab panel focusable */}
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="tabpanel" tabIndex={0}>
            {panel}
          </div>
          <NoticeLine notice={shownNotice} onClose={() => setNotice(null)} />
        </div>
      </NoticeContext.Provider>
    </I18nContext.Provider>
  );
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
