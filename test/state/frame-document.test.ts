// The panel and the background keep each frame's text from its reports (whole texts and changes)
// and analyse it themselves: what they show must be what analysing the page's text gives.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { FrameRegistry } from '../../lib/frames/frame-registry';
import type { DocReport } from '../../lib/protocol';
import { FrameDocument } from '../../lib/state/frame-document';
import { diffText } from '../../lib/text-change';

const V1 = '一、主要工作\n全年完成XX项任务。\n二、下步打算\n力争X月底前完成。';
const V2 = '一、主要工作\n全年完成12项任务，走访某某单位。\n二、下步打算\n力争X月底前完成。';
const V3 = `${V2}\n三、其他\n另有XXX人参加。`;

const report = (version: number, extra: Partial<DocReport>): DocReport => ({
  url: 'https://example.test/doc',
  title: '述职报告',
  editor: { id: 'contenteditable', name: 'contenteditable', features: ['read', 'live'] },
  caret: null,
  version,
  length: 0,
  ...extra,
});
const change = (base: number, from: string, to: string) => ({ base, ...diffText(from, to) });

describe('a frame document', () => {
  it('shows what analysing the text gives, after a whole text and after changes', () => {
    const doc = new FrameDocument(report(1, { text: V1 }));
    expect(doc.state()?.blanks.map((b) => b.text)).toEqual(analyze(V1).placeholders.map((p) => p.text));
    expect(doc.take(report(2, { change: change(1, V1, V2) }))).toBe('current');
    expect(doc.take(report(3, { change: change(2, V2, V3) }))).toBe('current');
    expect(doc.currentText()).toBe(V3);
    const state = doc.state()!;
    expect(state.outline.map((h) => h.title)).toEqual(analyze(V3).outline.map((h) => h.title));
    expect(state.blankTotal).toBe(analyze(V3).placeholders.length);
    expect(state.version).toBe(3);
  });

  it('a missed change leaves it without text until the whole text is sent again', () => {
    const doc = new FrameDocument(report(1, { text: V1 }));
    expect(doc.take(report(3, { change: change(2, V2, V3) }))).toBe('stale');
    expect(doc.state()).toBeNull();
    expect(doc.take(report(3, { text: V3 }))).toBe('current');
    expect(doc.state()?.length).toBe(V3.length);
  });

  it('a report without text moves only the caret; a slower, older answer does not undo newer text', () => {
    const doc = new FrameDocument(report(2, { text: V2 }));
    expect(doc.take(report(2, { caret: 5 }))).toBe('current');
    expect(doc.state()?.caret).toBe(5);
    expect(doc.currentText()).toBe(V2);
    expect(doc.take(report(1, { text: V1 }))).toBe('current');
    expect(doc.currentText()).toBe(V2);
  });

  it('a change that does not fit the text it claims to change is refused, not applied', () => {
    const doc = new FrameDocument(report(1, { text: V1 }));
    expect(doc.take(report(2, { change: { base: 1, start: 5, end: 9_999, text: 'X' } }))).toBe('stale');
  });
});

describe('the frame registry', () => {
  it('says which frame must be asked for its whole text, and which version it holds', () => {
    const frames = new FrameRegistry();
    frames.update(0, report(1, { text: V1 }));
    expect(frames.isBehind(0)).toBe(false);
    expect(frames.versionOf(0)).toBe(1);
    frames.update(0, report(3, { change: change(2, V2, V3) }));
    expect(frames.isBehind(0)).toBe(true);
    expect(frames.targetState()).toBeNull();
    frames.update(0, report(3, { text: V3 }));
    expect(frames.isBehind(0)).toBe(false);
    expect(frames.targetText()).toBe(V3);
  });
});

describe('the toolbar badge', () => {
  it('counts the fields to fill of the text a frame reported, as the 待填 tab does, once it reads as a report', async () => {
    const { badgeFacts, badgeText } = await import('../../lib/background/badge');
    const text = [
      '2026年度述职报告',
      '现将本人履职情况述职如下。',
      '一、主要工作',
      '全年完成XX项，走访某某单位X家。',
      '于20XX年X月X日召开总结会。',
      '二、存在的问题',
      '三、下步工作打算',
      '特此报告。',
    ].join('\n');
    const doc = new FrameDocument(report(1, { text }));
    const facts = badgeFacts(doc);
    const fields = doc.state()!.fields.length;
    // The date is one field of three blanks: the badge and the tab say the same, fewer than the blanks.
    expect(fields).toBeLessThan(analyze(text).placeholders.length);
    expect(facts).toEqual({ isReport: true, toFill: fields });
    expect(badgeText(facts)).toBe(String(fields));
    expect(badgeFacts(new FrameDocument(report(2, { change: { base: 1, start: 0, end: 0, text: '' } })))).toBeNull();
  });

  it('counts 800 dates of three blanks each as 800, and says 999+ only when there are more fields than that', async () => {
    const { badgeFacts, badgeText } = await import('../../lib/background/badge');
    const head = ['2026年度述职报告', '现将本人履职情况述职如下。', '一、主要工作'];
    const tail = ['二、存在的问题', '三、下步工作打算', '特此报告。'];
    const dates = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}次会议于20XX年X月X日召开。`);
    const text = (n: number) => [...head, ...dates(n), ...tail].join('\n');
    expect(analyze(text(800)).placeholders.length).toBe(2_400);
    expect(badgeText(badgeFacts(new FrameDocument(report(1, { text: text(800) }))))).toBe('800');
    expect(badgeText(badgeFacts(new FrameDocument(report(1, { text: text(1_200) }))))).toBe('999+');
  });
});

describe('a panel polling its page', () => {
  it('keeps the state it built while the text, caret and frame stay the same, and rebuilds when the caret moves', () => {
    const doc = new FrameDocument(report(1, { text: V1 }));
    const first = doc.state();
    doc.take(report(1, {}));
    expect(doc.state()).toBe(first);
    doc.take(report(1, { caret: 3 }));
    expect(doc.state()).not.toBe(first);
    expect(doc.state()?.caret).toBe(3);
  });
});
