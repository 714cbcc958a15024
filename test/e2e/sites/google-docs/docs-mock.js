// The Google Docs mock's page script (see editor.html for what it reproduces and its sources).
(() => {
  const PAGE_W = 816,
    PAGE_H = 1056,
    MARGIN = 96,
    LINE_H = 22,
    GAP = 12;
  const CONTENT_W = PAGE_W - 2 * MARGIN;
  const LINES_PER_PAGE = Math.floor((PAGE_H - 2 * MARGIN) / LINE_H);
  const BODY = '400 14.6667px Arial',
    BOLD = '700 14.6667px Arial',
    TITLE = '700 20px Arial';
  const HEADING = /^[一二三四五六七八九十]+、/;

  const id = location.pathname.split('/')[3];
  const scroller = document.querySelector('.kix-appview-editor');
  const content = document.querySelector('.kix-rotatingtilemanager-content');
  const iframe = document.querySelector('.docs-texteventtarget-iframe');
  const measurer = document.createElement('canvas').getContext('2d');

  let text = '\u0003\n';
  let sel = { start: 1, end: 1 };
  let zoom = 1;
  let lines = [];
  let annotate = false;
  const undo = [];
  const redo = [];
  const pages = [];
  let onEditor = () => {};

  const charWidths = new Map();
  function charWidth(ch, font) {
    const key = font + ch;
    let w = charWidths.get(key);
    if (w === undefined) {
      measurer.font = font;
      w = measurer.measureText(ch).width;
      charWidths.set(key, w);
    }
    return w;
  }

  function fontOf(paragraph, index) {
    if (index === 0) return TITLE;
    return HEADING.test(paragraph) ? BOLD : BODY;
  }

  function layout() {
    lines = [];
    const body = text.slice(1, -1);
    let offset = 1;
    body.split('\n').forEach((paragraph, index) => {
      const font = fontOf(paragraph, index);
      measurer.font = font;
      let start = offset,
        width = 0;
      if (!paragraph.length) lines.push({ start, end: start, font });
      for (let i = 0; i < paragraph.length; i++) {
        const w = charWidth(paragraph[i], font);
        if (width + w > CONTENT_W && i > 0 && offset + i > start) {
          lines.push({ start, end: offset + i, font });
          start = offset + i;
          width = 0;
        }
        width += w;
      }
      if (paragraph.length) lines.push({ start, end: offset + paragraph.length, font });
      offset += paragraph.length + 1;
    });
    lines.forEach((line, i) => {
      line.page = Math.floor(i / LINES_PER_PAGE);
      line.y = MARGIN + (i % LINES_PER_PAGE) * LINE_H;
    });
    const pageCount = Math.max(1, lines.length ? lines[lines.length - 1].page + 1 : 1);
    content.style.height = `${pageCount * (PAGE_H + GAP) * zoom}px`;
    while (pages.length > pageCount) pages.pop().el.remove();
    for (let p = 0; p < pageCount; p++) {
      if (!pages[p]) {
        const el = document.createElement('div');
        el.className = 'kix-page-paginated';
        content.appendChild(el);
        pages[p] = { el, tile: null, signature: '' };
      }
      const el = pages[p].el;
      el.style.top = `${p * (PAGE_H + GAP) * zoom}px`;
      el.style.left = `${Math.max(0, (scroller.clientWidth - PAGE_W * zoom) / 2)}px`;
      el.style.width = `${PAGE_W * zoom}px`;
      el.style.height = `${PAGE_H * zoom}px`;
    }
  }

  // Only the pages near the viewport have a tile (canvas + annotated SVG), as in Docs.
  function renderTiles() {
    const top = scroller.scrollTop - PAGE_H * zoom,
      bottom = scroller.scrollTop + scroller.clientHeight + PAGE_H * zoom;
    pages.forEach((page, p) => {
      const pageTop = p * (PAGE_H + GAP) * zoom;
      const visible = pageTop < bottom && pageTop + PAGE_H * zoom > top;
      if (!visible) {
        if (page.tile) page.tile.remove();
        page.tile = null;
        page.signature = '';
        return;
      }
      const own = lines.filter((l) => l.page === p);
      const signature = `${zoom}|${annotate}|${own.map((l) => `${l.start}:${text.slice(l.start, l.end)}:${l.font}`).join('|')}`;
      if (page.tile && page.signature === signature) return;
      page.signature = signature;
      const tile = document.createElement('div');
      tile.className = 'kix-canvas-tile-content';
      const canvas = document.createElement('canvas');
      canvas.width = PAGE_W * zoom;
      canvas.height = PAGE_H * zoom;
      const ctx = canvas.getContext('2d');
      ctx.scale(zoom, zoom);
      ctx.fillStyle = '#202124';
      ctx.textBaseline = 'top';
      tile.appendChild(canvas);
      let svg = null;
      if (annotate) {
        svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        svg.setAttribute('width', String(PAGE_W * zoom));
        svg.setAttribute('height', String(PAGE_H * zoom));
        svg.setAttribute('aria-hidden', 'true');
        tile.appendChild(svg);
      }
      let group = null;
      for (const line of own) {
        const label = text.slice(line.start, line.end);
        ctx.font = line.font;
        ctx.fillText(label, MARGIN, line.y + 3);
        if (!svg || !label) continue;
        if (!group || line.start === 1 || text[line.start - 1] === '\n') {
          group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
          group.setAttribute('role', 'paragraph');
          svg.appendChild(group);
        }
        const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        rect.setAttribute('x', String(MARGIN));
        rect.setAttribute('y', String(line.y));
        rect.setAttribute('width', String(ctx.measureText(label).width));
        rect.setAttribute('height', String(LINE_H));
        rect.setAttribute('transform', `matrix(${zoom},0,0,${zoom},0,0)`);
        rect.setAttribute('aria-label', label);
        rect.setAttribute('data-font-css', line.font);
        group.appendChild(rect);
      }
      if (page.tile) page.tile.replaceWith(tile);
      else page.el.appendChild(tile);
      page.tile = tile;
    });
    drawCaret();
  }

  function lineAt(offset) {
    let found = lines[0];
    for (const line of lines) {
      if (line.start <= offset) found = line;
      else break;
    }
    return found;
  }

  function pointAt(offset) {
    const line = lineAt(offset);
    if (!line) return { x: MARGIN * zoom, y: MARGIN * zoom };
    measurer.font = line.font;
    const x = MARGIN + measurer.measureText(text.slice(line.start, Math.min(offset, line.end))).width;
    const pageTop = line.page * (PAGE_H + GAP);
    const left = Math.max(0, (scroller.clientWidth - PAGE_W * zoom) / 2);
    return { x: left + x * zoom, y: (pageTop + line.y) * zoom };
  }

  let cursor = null;
  function drawCaret() {
    if (!cursor) {
      cursor = document.createElement('div');
      cursor.className = 'kix-cursor';
      cursor.innerHTML = '<div class="kix-cursor-caret"></div>';
      content.appendChild(cursor);
    }
    const p = pointAt(sel.end);
    cursor.style.left = `${p.x}px`;
    cursor.style.top = `${p.y}px`;
    cursor.firstChild.style.height = `${LINE_H * zoom}px`;
  }

  function reveal(offset) {
    const p = pointAt(offset);
    if (p.y < scroller.scrollTop || p.y + LINE_H * zoom > scroller.scrollTop + scroller.clientHeight) {
      scroller.scrollTop = p.y - scroller.clientHeight / 2;
    }
  }

  function setSelection(start, end) {
    const max = text.length - 1;
    const s = Math.max(1, Math.min(max, Number(start) || 1));
    const e = Math.max(s, Math.min(max, Number(end) || s));
    sel = { start: s, end: e };
    reveal(e);
    renderTiles();
  }

  function apply(insert, start = sel.start, end = sel.end) {
    undo.push({ text, sel: { ...sel } });
    redo.length = 0;
    text = text.slice(0, start) + insert + text.slice(end);
    const caret = start + insert.length;
    sel = { start: caret, end: caret };
    changed();
  }

  function changed() {
    layout();
    renderTiles();
    onEditor();
  }

  function step(from, to) {
    const entry = from.pop();
    if (!entry) return;
    to.push({ text, sel: { ...sel } });
    text = entry.text;
    sel = entry.sel;
    changed();
  }

  // The text-event iframe: the focused element takes typing, insertText and paste.
  const frameDoc = iframe.contentDocument;
  frameDoc.body.innerHTML = '<div contenteditable="true" role="textbox" aria-label="Document content" aria-multiline="true"></div>';
  const target = frameDoc.body.firstChild;
  target.addEventListener('beforeinput', (e) => {
    if (e.inputType === 'insertText' && e.data) {
      e.preventDefault();
      apply(e.data);
    } else if (e.inputType === 'insertParagraph' || e.inputType === 'insertLineBreak') {
      e.preventDefault();
      apply('\n');
    }
  });
  // execCommand('insertText') changes the element without a cancellable beforeinput: take its text.
  target.addEventListener('input', () => {
    const typed = target.innerText.replace(/\n$/, '');
    target.textContent = '';
    if (typed) apply(typed);
  });
  frameDoc.addEventListener('paste', (e) => {
    e.preventDefault();
    const pasted = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (pasted) apply(pasted.replace(/\r\n/g, '\n'));
  });
  target.addEventListener('keydown', (e) => {
    const mod = e.ctrlKey || e.metaKey;
    if (mod && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      step(e.shiftKey ? redo : undo, e.shiftKey ? undo : redo);
    } else if (mod && e.key.toLowerCase() === 'y') {
      e.preventDefault();
      step(redo, undo);
    } else if (e.key === 'Backspace' || e.key === 'Delete') {
      e.preventDefault();
      if (sel.end > sel.start) apply('', sel.start, sel.end);
      else if (e.key === 'Backspace' && sel.start > 1) apply('', sel.start - 1, sel.start);
      else if (e.key === 'Delete' && sel.end < text.length - 1) apply('', sel.end, sel.end + 1);
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      const at = e.key === 'ArrowLeft' ? sel.start - 1 : sel.end + 1;
      setSelection(at, at);
    }
  });
  // A click on the page puts the caret there and the focus back into the text-event iframe.
  scroller.addEventListener('mousedown', (e) => {
    const line = lines.find((l) => {
      const p = pointAt(l.start);
      const box = scroller.getBoundingClientRect();
      const y = p.y - scroller.scrollTop + box.top;
      return e.clientY >= y && e.clientY < y + LINE_H * zoom;
    });
    if (line) setSelection(line.end, line.end);
    e.preventDefault();
    target.focus();
  });

  scroller.addEventListener('scroll', () => renderTiles(), { passive: true });
  window.addEventListener('resize', () => changed());

  const api = {
    getText: () => text,
    getSelection: () => [{ start: sel.start, end: sel.end }],
    setSelection,
    getAnnotations: () => [],
  };
  const getAnnotatedText = async () => api;
  const apiMethods = { ...api };

  // Test hooks (the page's own objects that tests compare with what the extension shows).
  window.__fixture = {
    modelText: () => text,
    selection: () => ({ ...sel }),
    annotateRequestedBy: undefined,
    renderedPages: () => pages.flatMap((p, i) => (p.tile ? [i] : [])),
    setZoom(z) {
      zoom = z;
      changed();
    },
    focusText: () => target.focus(),
    apiIntact: () =>
      window._docs_annotate_getAnnotatedText === (annotate ? getAnnotatedText : undefined) &&
      Object.keys(apiMethods).every((k) => api[k] === apiMethods[k]),
    onEditor(listener) {
      onEditor = listener;
    },
  };

  fetch(`/__mock/document/${id}`)
    .then((r) => r.text())
    .then((body) => {
      text = `\u0003${body}\n`;
      // The flag as the page's first script saw it; a build that does not honour it (-noapi) ignores it.
      const requested = document.documentElement.dataset.annotateFlagAtStart || undefined;
      window.__fixture.annotateRequestedBy = requested;
      annotate = typeof requested === 'string' && requested !== '' && !id.endsWith('-noapi');
      if (annotate) window._docs_annotate_getAnnotatedText = getAnnotatedText;
      layout();
      renderTiles();
      target.focus();
      document.documentElement.dataset.fixtureReady = 'google-docs';
    });
})();
