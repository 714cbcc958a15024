import { useEffect, useState } from 'preact/hooks';
import type { Phrase } from '@/lib/db/types';
import { observeCategories, observePhrases, observeUsage } from '@/lib/db/live';
import { addPhrase, deletePhrase, setFavourite, updatePhrase } from '@/lib/db/phrases';
import { recordUse } from '@/lib/db/usage';
import { useLanguage, useT } from '@/lib/panel/i18n-context';
import { errorNotice, useNotify } from '@/lib/panel/notices';
import { copyText } from '@/lib/panel/clipboard';
import type { PageLink } from '@/lib/panel/page-link';
import { phrasesInView, type PhraseView } from '@/lib/panel/phrase-filter';
import { searchPhrasesLazily } from '@/lib/panel/phrase-search-lazy';
import { useLive } from '@/lib/panel/use-live';
import { useWriteFeedback } from '@/lib/panel/write-feedback';

// One shared empty list: a fresh [] per render would re-run the search effect forever.
const NONE: never[] = [];

export function PhrasesView({ link }: { link: PageLink }) {
  const t = useT();
  const language = useLanguage();
  const notify = useNotify();
  const report = useWriteFeedback();
  const phrases = useLive(observePhrases) ?? NONE;
  const usage = useLive(observeUsage) ?? NONE;
  const categories = useLive(observeCategories) ?? NONE;
  const [view, setView] = useState<PhraseView>({ kind: 'all' });
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<Phrase[]>([]);
  const [editing, setEditing] = useState<Phrase | 'new' | null>(null);
  const fail = (err: unknown) => notify(errorNotice(err));

  useEffect(() => {
    let alive = true;
    const inView = phrasesInView(phrases, usage, view);
    searchPhrasesLazily(inView, query, usage).then((found) => alive && setShown(found), fail);
    return () => {
      alive = false;
    };
  }, [phrases, usage, view, query]);

  const insert = async (p: Phrase) => {
    report(await link.insertText(p.text), { key: 'phrases.inserted' });
    if (p.id !== undefined) recordUse(p.id).catch(fail);
  };
  const chip = (v: PhraseView, label: string) => {
    const pressed = v.kind === view.kind && (v.kind !== 'category' || (view.kind === 'category' && view.id === v.id));
    return (
      <button
        key={v.kind === 'category' ? `category:${v.id}` : v.kind}
        type="button"
        class="small"
        aria-pressed={pressed}
        onClick={() => setView(v)}
      >
        {label}
      </button>
    );
  };

  return (
    <div class="view phrases">
      <input
        type="search"
        class="search"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        placeholder={t('phrases.search')}
        aria-label={t('phrases.search')}
      />
      {/* biome-ignore lint/a11y/useSemanticElements: a row of toggle chips; a fieldset would bring its border and legend */}
      <div class="chips" role="group" aria-label={t('phrases.category')}>
        {chip({ kind: 'all' }, t('phrases.all'))}
        {chip({ kind: 'favourites' }, t('phrases.favourites'))}
        {chip({ kind: 'recent' }, t('phrases.recent'))}
        {chip({ kind: 'mine' }, t('phrases.mine'))}
        {categories.map((c) => chip({ kind: 'category', id: c.id }, c.name[language]))}
      </div>
      <div class="toolbar">
        <button type="button" onClick={() => setEditing('new')}>
          ＋ {t('phrases.add')}
        </button>
      </div>
      {editing && (
        <PhraseForm
          phrase={editing === 'new' ? null : editing}
          categories={categories.map((c) => ({ id: c.id, name: c.name[language] }))}
          defaultCategory={view.kind === 'category' ? view.id : undefined}
          onDone={() => setEditing(null)}
          onError={fail}
        />
      )}
      {shown.length === 0 ? (
        <p class="empty">{t('phrases.none')}</p>
      ) : (
        <ul data-testid="phrase-list">
          {shown.slice(0, 200).map((p) => (
            <li class="phrase" key={p.id}>
              <div class="text">{p.text}</div>
              <div class="actions">
                <button type="button" class="small primary" onClick={() => insert(p)} aria-label={`${t('phrases.insert')}：${p.text}`}>
                  {t('phrases.insert')}
                </button>
                <button
                  type="button"
                  class="small"
                  onClick={async () =>
                    notify((await copyText(p.text)) ? { key: 'copy.done', tone: 'info' } : { key: 'copy.failed', tone: 'error' })
                  }
                >
                  {t('phrases.copy')}
                </button>
                <button
                  type="button"
                  class="small"
                  aria-pressed={p.favourite}
                  aria-label={p.favourite ? t('phrases.unfavourite') : t('phrases.favourite')}
                  onClick={() => p.id !== undefined && setFavourite(p.id, !p.favourite).catch(fail)}
                >
                  {p.favourite ? '★' : '☆'}
                </button>
                {p.source === 'user' && (
                  <>
                    <button type="button" class="small" onClick={() => setEditing(p)}>
                      {t('phrases.edit')}
                    </button>
                    <button
                      type="button"
                      class="small"
                      onClick={() => p.id !== undefined && confirm(t('phrases.confirmDelete')) && deletePhrase(p.id).catch(fail)}
                    >
                      {t('phrases.delete')}
                    </button>
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function PhraseForm(props: {
  phrase: Phrase | null;
  categories: { id: string; name: string }[];
  defaultCategory?: string;
  onDone: () => void;
  onError: (err: unknown) => void;
}) {
  const t = useT();
  const [text, setText] = useState(props.phrase?.text ?? '');
  const [category, setCategory] = useState(props.phrase?.category ?? props.defaultCategory ?? 'general');
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      if (props.phrase?.id !== undefined) await updatePhrase(props.phrase.id, { text, category }, Date.now(), props.phrase);
      else await addPhrase({ text, category });
      props.onDone();
    } catch (err) {
      props.onError(err);
    }
  };
  return (
    <form class="card" onSubmit={save}>
      <label class="stack">
        {t('phrases.text')}
        <textarea rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <label class="form-row">
        {t('phrases.category')}
        <select value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
          {props.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <div class="toolbar">
        <button type="submit" class="primary">
          {t('phrases.save')}
        </button>
        <button type="button" onClick={props.onDone}>
          {t('phrases.cancel')}
        </button>
      </div>
    </form>
  );
}
