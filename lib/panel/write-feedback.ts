// Reports a WriteOutcome to the user through the notice line.
import { translateLoose } from '../i18n';
import type { WriteOutcome } from '../protocol';
import { useT } from './i18n-context';
import { useNotify } from './notices';

export function useWriteFeedback(): (outcome: WriteOutcome) => WriteOutcome {
  const t = useT();
  const notify = useNotify();
  return (outcome) => {
    if (outcome.messageKey) notify({ text: translateLoose(t, outcome.messageKey), tone: outcome.ok ? 'info' : 'error' });
    else if (!outcome.ok) notify({ text: t('write.failed'), tone: 'error' });
    return outcome;
  };
}
