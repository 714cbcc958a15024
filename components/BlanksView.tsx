import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DocState } from '@/lib/protocol';
import type { ProfileEntry } from '@/lib/db/types';
import type { Field, FieldEdit } from '@/lib/fields/types';
import { PAINT_LIMIT } from '@/lib/highlight/paint-window';
import { isMessageKey } from '@/lib/i18n';
import { useT } from '@/lib/panel/i18n-context';
import type { BlankProgress } from '@/lib/panel/blank-progress';
import { fieldAtCaret, rowKeys, valuesAfterFill } from '@/lib/panel/field-rows';
import { planFill, type FillFailure, type FillPlan } from '@/lib/panel/fill-plan';
import { profileValueFor } from '@/lib/panel/profile';
import type { PageLink } from '@/lib/panel/page-link';
import { useWriteFeedback } from '@/lib/panel/write-feedback';
import { FieldRow } from './blanks/FieldRow';
import { FillPreview, type PendingFill } from './blanks/FillPreview';
import { FillResult, type LastFill } from './blanks/FillResult';
import { useRowWindow } from './blanks/useRowWindow';
import { ProfileView } from './ProfileView';

interface Props {
  state: DocState;
  link: PageLink;
  progress: BlankProgress;
  highlights: boolean;
  onHighlightsChange: (on: boolean) => void;
  profile: ProfileEntry[];
  /** Called after the panel undid a fill of `count` fields (progress takes them back). */
  onUndone?: (count: number) => void;
  /** Injected by tests; the real clock otherwise. */
  now?: () => Date;
}

const isoDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** After a fill: focus this row once the page reports the new text (or the row now at `index`). */
interface PendingFocus {
  key: string | undefined;
  index: number;
  afterVersion: number;
}

export function BlanksView({ state, link, progress, highlights, onHighlightsChange, profile, onUndone, now = () => new Date() }: Props) {
  const t = useT();
  const report = useWriteFeedback();
  const fields = state.fields;
  const keys = useMemo(() => rowKeys(fields), [fields]);
  // Fields sharing each key, counted once per state (not once per row: a thousand rows would be a million comparisons).
  const sameKeyCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const f of fields) counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
    return counts;
  }, [fields]);
  // Blanks the listed fields cover (a date is one field of up to three blanks): fewer than the
  // document has only when the state was capped.
  const listedBlanks = useMemo(() => fields.reduce((n, f) => n + f.spans.length, 0), [fields]);
  const [values, setValues] = useState<Map<string, string>>(new Map());
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [current, setCurrent] = useState(-1);
  const [pending, setPending] = useState<(PendingFill & { plan: FillPlan; keys: string[] }) | null>(null);
  const [last, setLast] = useState<LastFill | null>(null);
  const [showProfile, setShowProfile] = useState(false);
  const [focusNext, setFocusNext] = useState<PendingFocus | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  // Only the rows in view are rendered: a page can hold tens of thousands of fields.
  const listRef = useRef<HTMLUListElement>(null);
  const rowWindow = useRowWindow(keys, listRef);
  /** A row to focus once it is rendered (keyboard moved past the rendered rows). */
  const focusWhenShown = useRef<number | null>(null);
  const busy = useRef(false);

  // The engine's reason, in the panel's language when the catalogue knows it, else its plain detail.
  const reasonText = (f: FillFailure) => (isMessageKey(f.reason) ? t(f.reason) : f.detail);
  const valueAt = (i: number): string => {
    const typed = values.get(keys[i]);
    if (typed !== undefined) return typed;
    // A year is nearly always this year: offered, so Enter alone fills it.
    return fields[i].kind === 'year' ? String(now().getFullYear()) : '';
  };
  const setValue = (key: string, value: string) => {
    setValues((m) => new Map(m).set(key, value));
    setErrors((m) => {
      if (!m.has(key)) return m;
      const next = new Map(m);
      next.delete(key);
      return next;
    });
  };

  const focusRow = (i: number) => {
    const input = inputs.current.get(keys[i]);
    if (!input) {
      focusWhenShown.current = i;
      rowWindow.reveal(i);
      return;
    }
    input.scrollIntoView({ block: 'nearest' });
    input.focus();
  };
  const ownCarets = useRef(new Set<number>());
  const revealInPage = (field: Field) => {
    // The debounced page reports only where the caret came to rest: remember the last few jumps.
    ownCarets.current.add(field.spans[0].start);
    if (ownCarets.current.size > 20) ownCarets.current.delete(ownCarets.current.values().next().value!);
    return link.jumpTo(field.spans[0].start, field.spans[field.spans.length - 1].end);
  };

  const go = (step: 1 | -1) => {
    if (!fields.length) return;
    const next = current < 0 ? (step === 1 ? 0 : fields.length - 1) : Math.min(fields.length - 1, Math.max(0, current + step));
    setCurrent(next);
    focusRow(next);
    void revealInPage(fields[next]);
  };

  // The current field follows the caret in the page. Carets that the panel's own jumps put there
  // arrive late (debounced) and are not followed: stepping quickly would be pulled back.
  const lastCaret = useRef<number | null>(null);
  useEffect(() => {
    if (state.caret === null || state.caret === lastCaret.current) return;
    lastCaret.current = state.caret;
    // Kept (not deleted on the first echo): a poll may bring an older state with an older caret.
    if (ownCarets.current.has(state.caret)) return;
    const i = fieldAtCaret(fields, state.caret);
    if (i < 0) return;
    setCurrent(i);
    rowWindow.reveal(i);
  }, [state.caret, fields]);

  useEffect(() => {
    const i = focusWhenShown.current;
    if (i === null || !inputs.current.has(keys[i])) return;
    focusWhenShown.current = null;
    focusRow(i);
  });

  // After a fill, the next row gets the focus once the page's new text has arrived.
  useEffect(() => {
    if (!focusNext || state.version <= focusNext.afterVersion) return;
    setFocusNext(null);
    const byKey = focusNext.key === undefined ? -1 : keys.indexOf(focusNext.key);
    const i = byKey >= 0 ? byKey : Math.min(focusNext.index, fields.length - 1);
    if (i < 0) return;
    setCurrent(i);
    focusRow(i);
  }, [state.version, focusNext]);

  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
      e.preventDefault();
      go(e.key === 'ArrowDown' ? 1 : -1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const undoWith = (undo: FieldEdit[], fieldCount: number) => async () => {
    if (busy.current) return;
    busy.current = true;
    setLast({ text: t('fields.undoing'), tone: 'info' });
    try {
      const outcome = await link.applyEdits(undo);
      if (outcome.ok) onUndone?.(fieldCount);
      setLast(
        outcome.ok ? { text: t('fields.undone', { count: fieldCount }), tone: 'info' } : { text: t('fields.undoStale'), tone: 'error' },
      );
    } finally {
      busy.current = false;
    }
  };

  /** Writes a plan; `filledKeys` are the rows it fills (their typed values go). */
  const write = async (plan: FillPlan, filledKeys: string[], what: string): Promise<boolean> => {
    if (busy.current || !plan.edits.length) return false;
    busy.current = true;
    try {
      const outcome = await link.applyEdits(plan.edits);
      report(outcome);
      if (!outcome.ok) return false;
      setValues((m) => valuesAfterFill(m, filledKeys));
      setLast({
        text: t('fields.filled', { count: plan.filled.length, what }),
        tone: 'info',
        undo: outcome.undo && undoWith(outcome.undo, plan.filled.length),
      });
      return true;
    } finally {
      busy.current = false;
    }
  };

  const fillOne = async (i: number) => {
    const field = fields[i];
    const value = valueAt(i);
    if (!value.trim()) return;
    const plan = planFill([{ field, value }], now());
    if (plan.failures.length) {
      const reason = reasonText(plan.failures[0]);
      setErrors((m) => new Map(m).set(keys[i], reason));
      setLast({ text: t('fields.notFilled', { label: field.label, reason }), tone: 'error' });
      return;
    }
    const version = state.version;
    if (await write(plan, [keys[i]], `${field.label}：${value.trim()}`)) {
      setFocusNext({ key: keys[i + 1], index: i, afterVersion: version });
    }
  };

  /** Shows the preview of several fills; nothing is written until it is confirmed. */
  const preview = async (entries: { index: number; value: string }[], title: string) => {
    const plan = planFill(
      entries.map((e) => ({ field: fields[e.index], value: e.value })),
      now(),
    );
    const skipped = plan.failures.map((f) => t('fields.notFilled', { label: f.field.label, reason: reasonText(f) }));
    const previews = plan.edits.length ? await link.previewEdits(plan.edits) : [];
    const filled = new Set(plan.filled);
    const filledKeys = entries.filter((e) => filled.has(fields[e.index])).map((e) => keys[e.index]);
    setPending({ title, previews, count: plan.filled.length, skipped, plan, keys: filledKeys });
  };

  const fillSame = (i: number) => {
    const value = valueAt(i).trim();
    if (!value) return;
    const key = fields[i].key;
    const same = fields.flatMap((f, index) => (f.key === key ? [index] : []));
    void preview(
      same.map((index) => ({ index, value })),
      t('fields.previewSame', { label: fields[i].label, value }),
    );
  };

  const known = useMemo(
    () =>
      fields.flatMap((field, index) => {
        const value = profileValueFor(field, profile);
        return value ? [{ index, value }] : [];
      }),
    [fields, profile],
  );

  // After the preview closes, the keyboard goes back to the list where it was.
  const confirm = async () => {
    if (!pending) return;
    const { plan, keys: filledKeys, title } = pending;
    setPending(null);
    const version = state.version;
    if (await write(plan, filledKeys, title)) setFocusNext({ key: undefined, index: Math.max(0, current), afterVersion: version });
  };
  const cancel = () => {
    setPending(null);
    if (current >= 0) focusRow(current);
  };

  const ratio = progress.total ? progress.filled / progress.total : 1;
  return (
    <div class="view blanks">
      <div class="progress-line">
        <span data-testid="blank-progress">{t('blanks.progress', { ...progress })}</span>
        <progress max={1} value={ratio} aria-label={t('blanks.progress', { ...progress })} />
      </div>
      <div class="toolbar">
        <button type="button" onClick={() => go(-1)} disabled={!fields.length}>
          ↑ {t('blanks.prev')}
        </button>
        <button type="button" onClick={() => go(1)} disabled={!fields.length}>
          ↓ {t('blanks.next')}
        </button>
        {current >= 0 && current < fields.length && (
          <span class="muted" aria-live="polite">
            {t('blanks.current', { index: current + 1, total: fields.length })}
          </span>
        )}
      </div>
      <p class="muted small-print">{t('blanks.shortcuts')}</p>
      {state.blankTotal > listedBlanks && (
        <p class="small-print capped" role="status" data-testid="blanks-capped">
          {t('blanks.capped', {
            from: (state.firstBlank ?? 0) + 1,
            to: (state.firstBlank ?? 0) + listedBlanks,
            total: state.blankTotal,
          })}
          {state.blankTotal > PAINT_LIMIT && highlights ? ` ${t('blanks.paintCapped', { count: PAINT_LIMIT })}` : ''}
        </p>
      )}
      <div class="toolbar">
        <button type="button" onClick={() => void preview(known, t('fields.previewKnown'))} disabled={!known.length}>
          {t('fields.fillKnown', { count: known.length })}
        </button>
        <button type="button" class="link" aria-expanded={showProfile} onClick={() => setShowProfile((s) => !s)}>
          {t('profile.title')}
        </button>
      </div>
      {showProfile && <ProfileView profile={profile} />}
      <label class="check">
        <input type="checkbox" checked={highlights} onChange={(e) => onHighlightsChange(e.currentTarget.checked)} />
        {t('blanks.highlights')}
      </label>
      {pending && <FillPreview pending={pending} onConfirm={() => void confirm()} onCancel={cancel} />}
      {fields.length === 0 ? (
        <p class="empty">{t('blanks.none')}</p>
      ) : (
        <ul
          class="field-list"
          data-testid="field-list"
          ref={listRef}
          style={{ paddingTop: `${rowWindow.padTop}px`, paddingBottom: `${rowWindow.padBottom}px` }}
        >
          {fields.slice(rowWindow.range.start, rowWindow.range.end).map((field, at) => {
            const i = rowWindow.range.start + at;
            return (
              <FieldRow
                key={keys[i]}
                field={field}
                index={i}
                total={fields.length}
                rowKey={keys[i]}
                value={valueAt(i)}
                active={i === current}
                error={errors.get(keys[i])}
                sameKey={(sameKeyCounts.get(field.key) ?? 1) - 1}
                inputRef={(el) => {
                  if (el) inputs.current.set(keys[i], el);
                  else inputs.current.delete(keys[i]);
                }}
                onValue={(v) => setValue(keys[i], v)}
                onFill={() => void fillOne(i)}
                onFillSame={() => fillSame(i)}
                onShow={() => {
                  setCurrent(i);
                  void revealInPage(field);
                }}
                onFocus={() => setCurrent(i)}
                onEscape={() => void revealInPage(field)}
                today={() => isoDay(now())}
              />
            );
          })}
        </ul>
      )}
      <FillResult last={last} />
    </div>
  );
}
