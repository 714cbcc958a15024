// Reports a WriteOutcome to the user through the notice line.
import type { WriteOutcome } from '../protocol';
import { useNotify, type NoticeMessage } from './notices';

/** `success`: what to say when the write went through the editor (e.g. “已插入。”); silent when omitted. */
export function useWriteFeedback(): (outcome: WriteOutcome, success?: NoticeMessage) => WriteOutcome {
  const notify = useNotify();
  return (outcome, success) => {
    if (outcome.messageKey) notify({ key: outcome.messageKey, tone: outcome.ok ? 'info' : 'error' });
    else if (!outcome.ok) notify({ key: 'write.failed', tone: 'error' });
    else if (success) notify({ ...success, tone: 'info' });
    return outcome;
  };
}
