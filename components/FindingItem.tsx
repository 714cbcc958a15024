import type { Finding, OutlineItem } from '@/lib/analysis/types';
import { useLanguage, useT } from '@/lib/panel/i18n-context';
import { expectedTextOfFix } from '@/lib/panel/outline-tree';
import type { PageLink } from '@/lib/panel/page-link';
import { useWriteFeedback } from '@/lib/panel/write-feedback';

export function FindingItem({ finding, heading, link }: { finding: Finding; heading?: OutlineItem; link: PageLink }) {
  const t = useT();
  const language = useLanguage();
  const report = useWriteFeedback();
  const fix = finding.fix;
  const edits = finding.edits;
  return (
    <li class={`finding ${finding.severity}`}>
      <span>{finding.message[language]}</span>
      {fix && (
        <button
          type="button"
          class="small"
          aria-label={t('outline.fixTo', { text: fix.replacement })}
          onClick={async () =>
            report(
              await link.applyFix({
                start: fix.start,
                end: fix.end,
                expected: expectedTextOfFix(heading, fix),
                replacement: fix.replacement,
              }),
            )
          }
        >
          {t('outline.fix')}
        </button>
      )}
      {edits && edits.length > 0 && (
        <button
          type="button"
          class="small"
          aria-label={t('outline.renumberLabel', { count: edits.length })}
          onClick={async () => report(await link.applyFixEdits(edits), { key: 'outline.renumbered', params: { count: edits.length } })}
        >
          {t('outline.renumber')}
        </button>
      )}
    </li>
  );
}
