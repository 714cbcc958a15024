import { afterEach, describe, expect, test } from 'vitest';
import { TextareaAdapter } from '../../lib/editors/textarea';

afterEach(() => {
  document.body.innerHTML = '';
});

function field(value: string): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  el.value = value;
  document.body.append(el);
  return el;
}

describe('textarea adapter', () => {
  test('reads the value and has no DOM range to offer', () => {
    const adapter = new TextareaAdapter(field('一、概况\n全年XX次'));
    expect(adapter.readText()).toBe('一、概况\n全年XX次');
    expect(adapter.rangeFor({ start: 0, end: 2 })).toBeNull();
  });

  test('inserting replaces the span and tells the page', async () => {
    const el = field('培训X名干部');
    const inputs: string[] = [];
    el.addEventListener('input', () => inputs.push(el.value));
    const adapter = new TextareaAdapter(el);
    expect(await adapter.insertText('30', { start: 2, end: 3 })).toBe(true);
    expect(el.value).toBe('培训30名干部');
    expect(inputs).toEqual(['培训30名干部']);
  });

  test('filling several blanks changes each of them and nothing else', async () => {
    const el = field('甲×××，乙×××，丙XX');
    const adapter = new TextareaAdapter(el);
    expect(
      await adapter.replaceAll(
        [
          { start: 6, end: 9 },
          { start: 1, end: 4 },
        ],
        '张明',
      ),
    ).toBe(2);
    expect(el.value).toBe('甲张明，乙张明，丙XX');
  });

  test('spans beyond the text are clamped, not thrown on', async () => {
    const el = field('甲乙');
    const adapter = new TextareaAdapter(el);
    expect(await adapter.insertText('丙', { start: 10, end: 20 })).toBe(true);
    expect(el.value).toBe('甲乙丙');
  });

  test('a text input keeps to one line', async () => {
    const input = document.createElement('input');
    input.value = '标题';
    document.body.append(input);
    const adapter = new TextareaAdapter(input);
    await adapter.insertText('甲\n乙', { start: 2, end: 2 });
    expect(input.value).toBe('标题甲 乙');
  });

  test('the caret is reported only while the field has focus', () => {
    const el = field('甲乙丙');
    const adapter = new TextareaAdapter(el);
    expect(adapter.getSelection()).toBeNull();
    el.focus();
    el.setSelectionRange(1, 2);
    expect(adapter.getSelection()).toEqual({ start: 1, end: 2 });
  });

  test('dispose removes the mirror it added to the page', () => {
    const adapter = new TextareaAdapter(field('甲乙丙'));
    adapter.rectsFor({ start: 0, end: 1 });
    expect(document.querySelector('report-assistant-mirror')).not.toBeNull();
    adapter.dispose();
    expect(document.querySelector('report-assistant-mirror')).toBeNull();
  });
});
