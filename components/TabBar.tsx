import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useT } from '@/lib/panel/i18n-context';

export type TabId = 'outline' | 'blanks' | 'phrases' | 'templates' | 'clean' | 'settings';
export const TAB_IDS: TabId[] = ['outline', 'blanks', 'phrases', 'templates', 'clean', 'settings'];

/** WAI-ARIA tabs: arrow keys move between tabs, the active one is the only tab stop. */
export function TabBar(props: { active: TabId; onSelect: (id: TabId) => void; badges?: Partial<Record<TabId, ComponentChildren>> }) {
  const t = useT();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TAB_IDS.indexOf(props.active);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    let next = i + step;
    if (e.key === 'Home') next = 0;
    if (e.key === 'End') next = TAB_IDS.length - 1;
    if (next === i) return;
    e.preventDefault();
    next = (next + TAB_IDS.length) % TAB_IDS.length;
    props.onSelect(TAB_IDS[next]);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('tabs.label')} class="tabbar" onKeyDown={onKeyDown}>
      {TAB_IDS.map((id, i) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={props.active === id}
          aria-controls={`panel-${id}`}
          tabIndex={props.active === id ? 0 : -1}
          ref={(el) => {
            refs.current[i] = el;
          }}
          onClick={() => props.onSelect(id)}
        >
          {t(`tabs.${id}`)}
          {props.badges?.[id]}
        </button>
      ))}
    </div>
  );
}
