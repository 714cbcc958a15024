// A notice is one line: whatever text reaches it (an exception quoting a huge value) is cut short.
import { describe, expect, it } from 'vitest';
import { errorNotice, noticeText, NOTICE_MAX_CHARS } from '../../lib/panel/notices';
import { translator } from '../../lib/i18n';

describe('notice text', () => {
  it('a 1 MB error message never reaches the notice whole', () => {
    const huge = '值'.repeat(1_000_000);
    const text = noticeText(errorNotice(new Error(`bad ${huge}`)), translator('zh'), 'zh');
    expect(text.length).toBeLessThanOrEqual(NOTICE_MAX_CHARS + 20);
    expect(text.startsWith('bad 值值')).toBe(true);
  });

  it('a short notice is shown unchanged', () => {
    expect(noticeText({ text: { zh: '已保存。', en: 'Saved.' }, tone: 'info' }, translator('en'), 'en')).toBe('Saved.');
  });
});
