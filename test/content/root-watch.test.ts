import { afterEach, expect, test, vi } from 'vitest';
import { watchEditorRemoval } from '../../lib/content/root-watch';

afterEach(() => document.body.replaceChildren());

const settle = () => new Promise((ok) => setTimeout(ok, 0));

test('the content script starts over when the page removes its editor, not when the text changes', async () => {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.textContent = '一、工作情况';
  const wrapper = document.createElement('section');
  wrapper.append(root);
  document.body.append(wrapper);
  const onRemoved = vi.fn();
  watchEditorRemoval(root, onRemoved);
  root.firstChild!.textContent = '一、工作情况（修改）';
  root.append(document.createElement('p'));
  await settle();
  expect(onRemoved).not.toHaveBeenCalled();
  wrapper.remove();
  await settle();
  expect(onRemoved).toHaveBeenCalledTimes(1);
});
