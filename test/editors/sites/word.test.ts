import { afterEach, describe, expect, test } from 'vitest';
import { WordAdapter } from '../../../lib/editors/sites/word';

afterEach(() => {
  document.body.innerHTML = '';
});

const run = (text: string) => `<span class="TextRun"><span class="NormalTextRun">${text}</span></span>`;
const paragraph = (html: string) => `<div class="OutlineElement"><p class="Paragraph">${html}<span class="EOP">&nbsp;</span></p></div>`;

describe('Word for the web text', () => {
  test('paragraph runs are the text; paragraph marks, list markers, header, footer and the input proxy are not', () => {
    document.body.innerHTML = `<div id="WACViewPanel">
      <div id="WACViewPanel_EditingElement" contenteditable="true">正在输入XX</div>
      <div class="Header">${paragraph(run('页眉XX'))}</div>
      ${paragraph(run('一、工作') + run('情况'))}
      ${paragraph('<span class="ListMarkerWrappingSpan"><span class="ListMarker">1.</span></span>' + run('完成X项'))}
      <div class="Footer">${paragraph(run('第1页'))}</div>
    </div>`;
    const adapter = new WordAdapter(document.getElementById('WACViewPanel')!);
    expect(adapter.readText()).toBe('一、工作情况\n完成X项');
    expect(adapter.rangeFor({ start: 9, end: 10 })?.toString()).toBe('X');
    adapter.dispose();
  });
});
