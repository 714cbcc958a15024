// happy-dom has no layout: every box is 0×0 at the origin. Detection judges elements by their box,
// so these tests give each element the box written in its data-box attribute ("left top width
// height", page pixels), or an ordinary 600×200 box on screen.
import { afterEach, beforeEach, vi } from 'vitest';

const DEFAULT_BOX = [8, 8, 600, 200];

function boxOf(el: Element): DOMRect {
  const own = el.getAttribute('data-box');
  const [left, top, width, height] = own ? own.split(/\s+/).map(Number) : DEFAULT_BOX;
  return new DOMRect(left - window.scrollX, top - window.scrollY, width, height);
}

export function useLayoutShim(): void {
  beforeEach(() => {
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      return boxOf(this);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
}

/** Puts the shared happy-dom document back as the next test expects it: empty, not editable, no design mode. */
export function resetDocument(): void {
  document.body.innerHTML = '';
  document.body.removeAttribute('id');
  document.body.removeAttribute('class');
  document.body.removeAttribute('contenteditable');
  document.documentElement.removeAttribute('class');
  document.designMode = 'off';
}
