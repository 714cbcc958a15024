import { useLayoutEffect, useState } from 'preact/hooks';
import type { BlankView, DocState } from '@/lib/protocol';
import { useT } from '@/lib/panel/i18n-context';
import type { BlankProgress } from '@/lib/panel/blank-progress';
import { groupBlanks } from '@/lib/panel/blank-groups';
import type { PageLink } from '@/lib/panel/page-link';
import { useNotify } from '@/lib/panel/notices';
import { useWriteFeedback } from '@/lib/panel/write-feedback';

interface Props {
  state: DocState;
  link: PageLink;
  progress: BlankProgress;
  highlights: boolean;
  onHighlightsChange: (on: boolean) => void;
}

const isTyping = (e: KeyboardEvent) => {
  const el = e.target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
};

export function BlanksView({ state, link, progress, highlights, onHighlightsChange }: Props) {
  const t = useT();
  const blanks = state.blanks;
  const [current, setCurrent] = useState(-1);
  const go = (step: 1 | -1) => {
    if (!blanks.length) return;
    const next = current < 0 ? (step === 1 ? 0 : blanks.length - 1) : (current + step + blanks.length) % blanks.length;
    setCurrent(next);
    void link.jumpTo(blanks[next].start, blanks[next].end);
  };
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey) return;
      const down = (e.altKey && e.key === 'ArrowDown') || (!e.altKey && !isTyping(e) && e.key === 'j');
      const up = (e.altKey && e.key === 'ArrowUp') || (!e.altKey && !isTyping(e) && e.key === 'k');
      if (!down && !up) return;
      e.preventDefault();
      go(down ? 1 : -1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
  const ratio = progress.total ? progress.filled / progress.total : 1;
  return (
    <div class="view blanks">
      <div class="progress-line">
        <span data-testid="blank-progress">{t('blanks.progress', { ...progress })}</span>
        <progress max={1} value={ratio} aria-label={t('blanks.progress', { ...progress })} />
      </div>
      <div class="toolbar">
        <button type="button" onClick={() => go(-1)} disabled={!blanks.length}>
          ↑ {t('blanks.prev')}
        </button>
        <button type="button" onClick={() => go(1)} disabled={!blanks.length}>
          ↓ {t('blanks.next')}
        </button>
        {current >= 0 && current < blanks.length && (
          <span class="muted" aria-live="polite">
            {t('blanks.current', { index: current + 1, total: blanks.length })}
          </span>
        )}
      </div>
      <p class="muted small-print">{t('blanks.shortcuts')}</p>
      <label class="check">
        <input type="checkbox" checked={highlights} onChange={(e) => onHighlightsChange(e.currentTarget.checked)} />
        {t('blanks.highlights')}
      </label>
      {blanks.length === 0 ? (
        <p class="empty">{t('blanks.none')}</p>
      ) : (
        groupBlanks(blanks).map((g) => (
          <BlankGroupSection label={g.label} items={g.blanks} current={current} link={link} onPick={setCurrent} />
        ))
      )}
    </div>
  );
}

function BlankGroupSection(props: {
  label: string;
  items: { blank: BlankView; index: number }[];
  current: number;
  link: PageLink;
  onPick: (i: number) => void;
}) {
  const t = useT();
  const notify = useNotify();
  const report = useWriteFeedback();
  const [value, setValue] = useState('');
  const name = props.label || t('blanks.unlabelled');
  const fillAll = async () => {
    if (!value) return;
    const outcome = report(await props.link.fillLabel(props.label, value));
    if (outcome.ok && !outcome.messageKey) notify({ text: t('blanks.filledN', { count: outcome.count ?? props.items.length }), tone: 'info' });
    if (outcome.ok) setValue('');
  };
  return (
    <section class="group" aria-label={t('blanks.group', { label: name, count: props.items.length })} data-label={props.label}>
      <h3>{t('blanks.group', { label: name, count: props.items.length })}</h3>
      <form
        class="fill-all"
        onSubmit={(e) => {
          e.preventDefault();
          void fillAll();
        }}
      >
        <input
          value={value}
          onInput={(e) => setValue(e.currentTarget.value)}
          placeholder={t('blanks.fillAllPlaceholder')}
          aria-label={t('blanks.fillLabel', { label: name })}
        />
        <button type="submit" disabled={!value}>
          {t('blanks.fillAll')}
        </button>
      </form>
      <ul class="blank-list">
        {props.items.map(({ blank, index }) => (
          <BlankRow blank={blank} active={index === props.current} link={props.link} onPick={() => props.onPick(index)} />
        ))}
      </ul>
    </section>
  );
}

function BlankRow({ blank, active, link, onPick }: { blank: BlankView; active: boolean; link: PageLink; onPick: () => void }) {
  const t = useT();
  const report = useWriteFeedback();
  const [value, setValue] = useState('');
  return (
    <li class={active ? 'blank active' : 'blank'}>
      <button
        type="button"
        class="link context"
        onClick={() => {
          onPick();
          void link.jumpTo(blank.start, blank.end);
        }}
      >
        <span class="muted">{blank.before}</span>
        <mark>{blank.text}</mark>
        <span class="muted">{blank.after}</span>
      </button>
      <input
        class="fill-one"
        value={value}
        placeholder={t('blanks.fillInput')}
        aria-label={`${t('blanks.fillOne')}: ${blank.before}${blank.text}${blank.after}`}
        onInput={(e) => setValue(e.currentTarget.value)}
        onKeyDown={async (e) => {
          if (e.key !== 'Enter' || !value || e.isComposing) return;
          e.preventDefault();
          const outcome = report(await link.replaceRange({ start: blank.start, end: blank.end, expected: blank.text, text: value }));
          if (outcome.ok) setValue('');
        }}
      />
    </li>
  );
}
