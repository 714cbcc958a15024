import type { DocState } from '@/lib/protocol';
import { useT } from '@/lib/panel/i18n-context';
import { outlineRows } from '@/lib/panel/outline-tree';
import type { PageLink } from '@/lib/panel/page-link';
import { FindingItem } from './FindingItem';

export function OutlineView({ state, link }: { state: DocState; link: PageLink }) {
  const t = useT();
  const { rows, preamble } = outlineRows(state.outline, state.stats.sections, state.findings);
  return (
    <div class="view outline">
      <p class="muted" data-testid="outline-total">
        {t('outline.total', { chars: state.stats.chars, headings: state.outline.length })}
      </p>
      {preamble.length > 0 && (
        <section aria-label={t('outline.docFindings')}>
          <ul class="findings">
            {preamble.map((f) => (
              <FindingItem key={`${f.rule}:${f.start}:${f.end}`} finding={f} link={link} />
            ))}
          </ul>
        </section>
      )}
      {rows.length === 0 ? (
        <p class="empty">{t('outline.empty')}</p>
      ) : (
        <ul class="tree" data-testid="outline">
          {rows.map((row) => (
            <li
              key={row.item.start}
              class={`node level-${row.item.level}`}
              style={{ paddingInlineStart: `${row.depth * 12}px` }}
              data-level={row.item.level}
            >
              <div class="row">
                <button
                  type="button"
                  class="link heading"
                  aria-label={t('outline.jump', { title: row.item.title })}
                  onClick={() => void link.jumpTo(row.item.start, row.item.end)}
                >
                  <span class="marker">{row.item.marker}</span>
                  {row.item.title}
                </button>
                {row.chars !== undefined && <span class="figure">{t('outline.chars', { chars: row.chars })}</span>}
                {row.blanks ? <span class="figure blanks">{t('outline.blanks', { count: row.blanks })}</span> : null}
              </div>
              {row.findings.length > 0 && (
                <ul class="findings">
                  {row.findings.map((f) => (
                    <FindingItem key={`${f.rule}:${f.start}:${f.end}`} finding={f} heading={row.item} link={link} />
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
