// The Lark docx mock: block model, virtualised rendering, editing, undo, locate. See docx.html for
// the public sources it reproduces. Test-only code.
(() => {
  const baseline = new Set(Object.keys(window));
  const params = new URLSearchParams(location.search);
  const ROW = 40;
  const BUFFER = 4;
  let nextBlockId = 1;
  let nextRecord = 1;
  const block = (type, text, children = []) => ({
    id: nextBlockId++,
    type,
    record: { id: `doxcn${String(nextRecord++).padStart(6, '0')}` },
    snapshot: { type },
    zoneState: text === null ? undefined : zone(text),
    children,
  });
  function zone(text) {
    return { allText: `${text}\n`, content: { ops: [{ insert: text }, { insert: '\n' }] } };
  }
  const textOf = (b) => b.zoneState.allText.slice(0, -1);
  function setText(b, text) {
    b.zoneState.allText = `${text}\n`;
    b.zoneState.content.ops = [{ insert: text }, { insert: '\n' }];
  }

  const FILLER = '本段记录日常工作的具体做法，便于年终对照检查和总结提高。';
  const filler = (n) => Array.from({ length: n }, () => block('text', FILLER));
  const root = block('page', '某某中心2025年度工作总结', [
    block('text', '现将本中心XX年度主要工作总结如下。'),
    block('heading1', '一、年度工作完成情况'),
    block('heading2', '（一）业务工作稳步推进。'),
    block('text', '1.全年受理业务X万件，办结率达到XX%。'),
    ...filler(12),
    block('text', '2.开展专项检查X次，发现并整改问题____个。'),
    block('heading2', '（二）队伍建设持续加强。'),
    block('quote_container', null, [block('text', '一是组织业务培训XX期，二是选派某某名骨干外出学习。')]),
    // ?long=1: about 30,000 characters, most of them in blocks that are never rendered.
    ...filler(params.get('long') === '1' ? 1000 : 40),
    block('heading1', '二、存在的主要问题'),
    block('text', '一是统筹谋划不够；二是督促落实不严。'),
    ...filler(40),
    block('heading1', '三、下一步工作计划'),
    block('text', '（一）力争于XXXX年X月底前完成系统升级。'),
    block('divider', null),
    block('text', '（二）全年培训不少于X人次，考核合格率达到XX%。'),
    block('text', '联系人：×××，电话：____'),
  ]);

  // Rows: every block but the page, in document order (children after their parent).
  let rows = [];
  function flatten() {
    rows = [];
    const walk = (b) => {
      for (const child of b.children) {
        rows.push(child);
        walk(child);
      }
    };
    walk(root);
  }
  flatten();

  const container = document.querySelector('.bear-web-x-container');
  const page = document.querySelector('.docx-page-block');
  const list = page.querySelector('.page-block-children');
  page.dataset.recordId = root.record.id;
  page.dataset.blockId = String(root.id);
  const title = document.createElement('div');
  title.className = 'page-block-header';
  title.style.cssText = 'height:64px;font-size:26px;line-height:64px;font-weight:bold';
  page.insertBefore(title, list);

  function escapeHtml(s) {
    return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  }
  function zoneHtml(b) {
    const text = textOf(b);
    const line = text ? `<span data-string="true">${escapeHtml(text)}</span>` : '';
    return `<div class="zone-container text-editor" data-zone-id="${b.id}" contenteditable="true"><div class="ace-line" data-node="true">${line}<span data-enter="true">\u200b</span></div></div>`;
  }
  function renderTitle() {
    title.innerHTML = zoneHtml(root);
  }
  let mounted = new Map();
  function renderRows(force = false) {
    list.style.height = `${rows.length * ROW}px`;
    const top = Math.max(0, container.scrollTop - title.offsetHeight);
    const first = Math.max(0, Math.floor(top / ROW) - BUFFER);
    const last = Math.min(rows.length - 1, Math.ceil((top + container.clientHeight) / ROW) + BUFFER);
    const keep = new Map();
    for (let i = first; i <= last; i++) {
      const b = rows[i];
      let el = mounted.get(b.id);
      if (!el || force) {
        el?.remove();
        el = document.createElement('div');
        el.className = `block docx-${b.type}-block`;
        el.dataset.blockType = b.type;
        el.dataset.blockId = String(b.id);
        el.dataset.recordId = b.record.id;
        el.innerHTML = b.zoneState ? zoneHtml(b) : '<hr>';
        list.appendChild(el);
      }
      el.style.top = `${i * ROW}px`;
      if (b.type === 'text' && rows.some((r) => r.children.includes(b) && r.type === 'quote_container')) el.style.paddingLeft = '24px';
      keep.set(b.id, el);
      mounted.delete(b.id);
    }
    for (const el of mounted.values()) el.remove();
    mounted = keep;
  }
  container.addEventListener('scroll', () => renderRows(), { passive: true });
  addEventListener('resize', () => renderRows());

  // DOM point → offset in its block's text.
  function offsetIn(zoneEl, node, offset) {
    let at = 0;
    for (const span of zoneEl.querySelectorAll('[data-string="true"]')) {
      const t = span.firstChild;
      if (node === t) return at + offset;
      if (node === span) return at + (offset ? t.data.length : 0);
      if (span.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) return at;
      at += t.data.length;
    }
    return at;
  }
  function blockOfZone(zoneEl) {
    const id = Number(zoneEl.dataset.zoneId);
    return id === root.id ? root : rows.find((b) => b.id === id);
  }
  function placeCaret(b, offset) {
    const el = b === root ? title : mounted.get(b.id);
    const span = el?.querySelector('[data-string="true"]');
    const sel = document.getSelection();
    if (!el || !sel) return;
    const r = document.createRange();
    if (span) r.setStart(span.firstChild, Math.min(offset, span.firstChild.data.length));
    else r.setStart(el.querySelector('.ace-line'), 0);
    sel.removeAllRanges();
    sel.addRange(r);
  }

  const undoStack = [];
  function record() {
    undoStack.push(JSON.stringify(root));
  }
  function restore(json) {
    const saved = JSON.parse(json);
    // Keep the page's objects; put back texts and the child lists.
    const byId = new Map();
    const collect = (b) => {
      byId.set(b.id, b);
      b.children.forEach(collect);
    };
    collect(root);
    const rebuild = (s) => {
      const b = byId.get(s.id) ?? { ...s, children: [] };
      if (s.zoneState) {
        b.zoneState ??= zone('');
        setText(b, s.zoneState.allText.slice(0, -1));
      }
      b.children = s.children.map(rebuild);
      return b;
    };
    rebuild(saved);
    flatten();
    renderTitle();
    renderRows(true);
  }

  // Replaces [start, end) of a block's text; '\n' in the text makes new text blocks after it.
  function edit(b, start, end, text) {
    record();
    const old = textOf(b);
    const lines = (old.slice(0, start) + text + old.slice(end)).split('\n');
    setText(b, lines[0]);
    let caretBlock = b;
    if (lines.length > 1) {
      const parent = [root, ...rows].find((p) => p.children.includes(b)) ?? root;
      const made = lines.slice(1).map((line) => block('text', line));
      parent.children.splice(parent.children.indexOf(b) + 1, 0, ...made);
      caretBlock = made.at(-1);
      flatten();
    }
    if (b === root) renderTitle();
    renderRows(true);
    placeCaret(caretBlock, textOf(caretBlock).length - (old.length - end));
  }

  // Like the ace editor its DOM comes from, the page takes what the browser's own editing put in a
  // line (typing, execCommand) back into its model, then re-renders the block from the model.
  document.addEventListener('input', (e) => {
    const zoneEl = e.target.closest?.('.zone-container');
    const b = zoneEl && blockOfZone(zoneEl);
    if (!b) return;
    // ?ignoreInput=1: the page throws away what it did not type itself (re-renders from its model).
    if (params.get('ignoreInput') === '1') return renderRows(true);
    const old = textOf(b);
    const now = zoneEl.innerText.replace(/\u200b/g, '').replace(/\n$/, '');
    let prefix = 0;
    while (prefix < old.length && prefix < now.length && old[prefix] === now[prefix]) prefix++;
    let suffix = 0;
    while (suffix < old.length - prefix && suffix < now.length - prefix && old[old.length - 1 - suffix] === now[now.length - 1 - suffix])
      suffix++;
    edit(b, prefix, old.length - suffix, now.slice(prefix, now.length - suffix));
  });
  // Enter splits the block in the model (the browser's own paragraph would not be a block).
  document.addEventListener('beforeinput', (e) => {
    const zoneEl = e.target.closest?.('.zone-container');
    if (!zoneEl || e.inputType !== 'insertParagraph') return;
    e.preventDefault();
    const b = blockOfZone(zoneEl);
    const sel = document.getSelection();
    if (!b || !sel.rangeCount) return;
    const r = sel.getRangeAt(0);
    edit(b, offsetIn(zoneEl, r.startContainer, r.startOffset), offsetIn(zoneEl, r.endContainer, r.endOffset), '\n');
  });
  document.addEventListener('paste', (e) => {
    const zoneEl = e.target.closest?.('.zone-container');
    if (!zoneEl) return;
    e.preventDefault();
    const b = blockOfZone(zoneEl);
    const sel = document.getSelection();
    if (!b || !sel.rangeCount) return;
    const r = sel.getRangeAt(0);
    edit(
      b,
      offsetIn(zoneEl, r.startContainer, r.startOffset),
      offsetIn(zoneEl, r.endContainer, r.endOffset),
      e.clipboardData.getData('text/plain'),
    );
  });
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'z') {
      e.preventDefault();
      const previous = undoStack.pop();
      if (previous) restore(previous);
    }
  });

  if (params.get('model') !== '0') {
    window.PageMain = {
      blockManager: { rootBlockModel: root },
      locateBlockWithRecordIdImpl(recordId) {
        const index = rows.findIndex((b) => b.record.id === recordId);
        if (index < 0) {
          if (recordId !== root.record.id) return Promise.resolve(false);
          container.scrollTop = 0;
          renderRows();
          return Promise.resolve(true);
        }
        container.scrollTop = title.offsetHeight + index * ROW - 120;
        renderRows();
        return Promise.resolve(true);
      },
    };
  }

  renderTitle();
  renderRows();
  const allText = () => {
    const out = [textOf(root)];
    for (const b of rows) if (b.zoneState) out.push(textOf(b));
    return out.join('\n');
  };
  window.__fixture = {
    id: 'lark',
    modelText: allText,
    mountedRecords: () => [...list.querySelectorAll('[data-record-id]')].map((el) => el.dataset.recordId),
    /** A collaborator's edit: changes a block's text in the model only (no DOM event here). */
    remoteEdit: ([line, text]) => {
      const b = [root, ...rows.filter((x) => x.zoneState)][line];
      setText(b, text);
      if (mounted.has(b.id)) renderRows(true);
    },
    recordOfLine: (line) => [root, ...rows.filter((b) => b.zoneState)][line]?.record.id ?? null,
    ownGlobals: () =>
      Object.keys(window)
        .filter((k) => !baseline.has(k) && !k.startsWith('__'))
        .sort(),
    pageMainKeys: () =>
      window.PageMain ? [Object.keys(window.PageMain), Object.keys(window.PageMain.blockManager), Object.keys(root)] : null,
  };
  // The page keeps focus in its off-screen proxy until the user clicks into a block.
  document.querySelector('.clipboard-proxy').focus();
  document.documentElement.dataset.fixtureReady = 'lark';
})();
