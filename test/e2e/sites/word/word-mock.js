// The Word mock's model, renderer, input proxy, undo and (with ?automation=1) automation object.
// See wordeditorframe.html for the public sources this reproduces. Test-only code.
(() => {
  const baseline = new Set(Object.keys(window));
  const params = new URLSearchParams(location.search);
  const LINES = [
    '某某局2025年度领导班子述职报告',
    '按照年度考核安排，现将本单位XX年度工作情况报告如下。',
    '一、主要工作完成情况',
    '（一）围绕中心抓落实。',
    '1.全年召开专题会议X次，研究解决重点问题XX项。',
    '（1）一是完善制度X项，二是整改问题____个。',
    '2.完成固定资产投资XX万元，同比增长XX%。',
    '（二）改进作风抓服务。',
    '1.走访企业某某家，于X月X日前办结全部诉求。',
    '二、存在的不足',
    '一是学习不够深入；二是创新意识不强。',
    '三、下一步工作打算',
    '（一）巩固成果，每季度开展督查不少于X次。',
    '（二）力争XXXX年X月底前完成年度目标。',
  ];
  // Filler paragraphs so the panel scrolls (a heading near the end starts out of view).
  const FILLER = '本段为说明文字，记录日常工作的具体做法与体会，便于考核时对照检查。';
  const paragraphs = [];
  let nextId = 1;
  const para = (text, list = false) => ({ id: `p${nextId++}`, text, list });
  LINES.forEach((line, i) => {
    paragraphs.push(para(line, /^\d\./.test(line)));
    if (i === 8) for (let k = 0; k < 30; k++) paragraphs.push(para(FILLER));
  });

  const content = document.getElementById('PageContent');
  const proxy = document.getElementById('WACViewPanel_EditingElement');
  const undoStack = [];
  let group = null;
  let transactions = 0;
  // ?proxy=0: the input proxy takes no typing (as when Word's input handling is not reachable).
  if (params.get('proxy') === '0') proxy.removeAttribute('contenteditable');

  function render() {
    const parts = [
      '<div class="Header"><p class="Paragraph"><span class="TextRun"><span class="NormalTextRun">页眉：XX科室内部资料</span></span></p></div>',
    ];
    for (const p of paragraphs) {
      const marker = p.list ? '<span class="ListMarkerWrappingSpan"><span class="ListMarker" aria-hidden="true">●</span></span>' : '';
      // Two runs where the text allows, as Word splits runs at formatting changes.
      const cut = p.text.length > 6 ? 4 : p.text.length;
      const runs = [p.text.slice(0, cut), p.text.slice(cut)]
        .filter(Boolean)
        .map((t) => `<span class="TextRun"><span class="NormalTextRun">${escapeHtml(t)}</span></span>`)
        .join('');
      parts.push(
        `<div class="OutlineElement Ltr"><p class="Paragraph" paraid="${p.id}">${marker}${runs}<span class="EOP">&nbsp;</span></p></div>`,
      );
    }
    parts.push(
      '<div class="Footer"><p class="Paragraph"><span class="TextRun"><span class="NormalTextRun">第 1 页 共 1 页</span></span></p></div>',
    );
    content.innerHTML = parts.join('');
  }
  function escapeHtml(s) {
    return s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
  }

  // Caret: a paragraph index and offsets, following the page selection inside paragraph runs.
  let caret = { para: paragraphs.length - 1, start: paragraphs.at(-1).text.length, end: paragraphs.at(-1).text.length };
  function pointOf(node, offset) {
    const el = node.nodeType === 1 ? node : node.parentElement;
    const p = el?.closest('p.Paragraph[paraid]');
    if (!p) return null;
    const index = paragraphs.findIndex((x) => x.id === p.getAttribute('paraid'));
    if (index < 0) return null;
    let at = 0;
    for (const run of p.querySelectorAll('.NormalTextRun')) {
      const t = run.firstChild;
      if (t === node) return { para: index, offset: at + offset };
      if (run.contains(node) || run === node) return { para: index, offset: at };
      if (node.compareDocumentPosition(run) & Node.DOCUMENT_POSITION_FOLLOWING) return { para: index, offset: at };
      at += run.textContent.length;
    }
    return { para: index, offset: at };
  }
  document.addEventListener('selectionchange', () => {
    const sel = document.getSelection();
    if (!sel?.rangeCount) return;
    const r = sel.getRangeAt(0);
    const a = pointOf(r.startContainer, r.startOffset);
    const b = pointOf(r.endContainer, r.endOffset);
    if (a && b && a.para === b.para) caret = { para: a.para, start: a.offset, end: b.offset };
  });

  function snapshot() {
    return paragraphs.map((p) => ({ ...p }));
  }
  function record() {
    if (group) return;
    undoStack.push(snapshot());
  }
  // Replaces [start, end) of one paragraph; '\n' in the text starts new paragraphs.
  function replaceIn(index, start, end, text) {
    record();
    const p = paragraphs[index];
    const tail = p.text.length - end;
    const lines = (p.text.slice(0, start) + text + p.text.slice(end)).split('\n');
    p.text = lines[0];
    paragraphs.splice(index + 1, 0, ...lines.slice(1).map((t) => para(t)));
    const at = lines.at(-1).length - tail;
    caret = { para: index + lines.length - 1, start: at, end: at };
    if (!group) render();
  }

  proxy.addEventListener('input', () => {
    const typed = proxy.textContent;
    proxy.textContent = '';
    if (!typed) return;
    replaceIn(caret.para, caret.start, caret.end, typed);
  });
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'z') {
      e.preventDefault();
      const previous = undoStack.pop();
      if (!previous) return;
      paragraphs.splice(0, paragraphs.length, ...previous);
      render();
    }
  });

  if (params.get('automation') === '1') {
    const body = {
      get text() {
        return paragraphs.map((p) => p.text).join('\r');
      },
      type: 0,
      paragraphs: {
        length: () => paragraphs.length,
        getFirst: () => paragraphModel(0),
      },
    };
    function paragraphModel(index) {
      const p = paragraphs[index];
      return {
        get text() {
          return p.text;
        },
        uniqueLocalId: p.id,
        getNext: () => paragraphModel(index + 1),
        getSubrange(offset, length) {
          return {
            text: p.text.slice(offset, offset + length),
            insertText(text, location) {
              if (location !== 4) throw new Error('only Replace (4) is modelled');
              replaceIn(paragraphs.indexOf(p), offset, offset + length, text);
            },
          };
        },
      };
    }
    class AutomationTransaction {
      constructor() {
        transactions++;
        undoStack.push(snapshot());
        group = true;
      }
      dispose() {
        group = null;
        render();
      }
    }
    // Ranges over body.text: getRange(1) is the start, expandTo() spans to another range's end.
    const bodyRange = (start, end) => ({
      get text() {
        return body.text.slice(start, end);
      },
      get isEmpty() {
        return start === end;
      },
      getRange: (location) => (location === 1 ? bodyRange(start, start) : bodyRange(end, end)),
      expandTo: (other) => bodyRange(Math.min(start, other.start), Math.max(end, other.end)),
      start,
      end,
    });
    body.getRange = (location) => (location === 1 ? bodyRange(0, 0) : bodyRange(body.text.length, body.text.length));
    const selectionRange = () => {
      let at = 0;
      for (let i = 0; i < caret.para; i++) at += paragraphs[i].text.length + 1;
      return bodyRange(at + caret.start, at + caret.end);
    };
    window.WordEditor = Object.freeze({
      Extension: Object.freeze({
        AutomationUtility: Object.freeze({ getDocument: () => ({ changeTrackingMode: 0, body, getSelection: selectionRange }) }),
        AutomationTransaction,
      }),
    });
  }

  render();
  window.__fixture = {
    id: 'word',
    modelText: () => paragraphs.map((p) => p.text).join('\n'),
    /** The page's own globals, to show the extension added or changed none of them. */
    ownGlobals: () =>
      Object.keys(window)
        .filter((k) => !baseline.has(k) && !k.startsWith('__'))
        .sort(),
    caret: () => ({ ...caret }),
    /** Puts Word's caret at the end of a paragraph while focus stays in the proxy (as after clicking there). */
    caretAtEndOf: (index) => {
      caret = { para: index, start: paragraphs[index].text.length, end: paragraphs[index].text.length };
      proxy.focus();
    },
    transactions: () => transactions,
  };
  // Word keeps keyboard focus in its input proxy.
  if (proxy.isContentEditable) proxy.focus();
  document.documentElement.dataset.fixtureReady = 'word';
})();
