// Editors of the iframe generation (TinyMCE classic, KindEditor, UEditor) edit the body of their
// own frame document: made editable by designMode='on' (no contenteditable attribute at all) or by
// body.contentEditable. isContentEditable is true in both cases.

/** The frame document's body when it is being edited, else null. */
export function editableBody(doc: Document): HTMLElement | null {
  const body = doc.body;
  return body && (body.isContentEditable || doc.designMode === 'on') ? body : null;
}

/** The <iframe> element holding this document, when the parent is same-origin (about:blank frames are). */
export function hostFrame(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}
