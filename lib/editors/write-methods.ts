// The ways text can enter an editor through its own input handling (never by editing its DOM):
// each editor family picks the ones its model accepts, in order.

export type WriteMethod = 'execCommand' | 'beforeinput' | 'paste';

/** Native editing on the current selection: the browser records it in its undo stack and the page sees an input event. */
export function execInsertText(doc: Document, text: string): boolean {
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function staticRange(range: Range): StaticRange {
  return new StaticRange({
    startContainer: range.startContainer,
    startOffset: range.startOffset,
    endContainer: range.endContainer,
    endOffset: range.endOffset,
  });
}

/** A synthetic beforeinput, for editors that apply typing from beforeinput themselves (CKEditor 5, Lexical, Slate). */
export function dispatchBeforeInput(root: HTMLElement, range: Range, text: string): void {
  const View = root.ownerDocument.defaultView;
  const Event = View?.InputEvent ?? InputEvent;
  const target =
    range.startContainer.nodeType === Node.ELEMENT_NODE ? (range.startContainer as Element) : range.startContainer.parentElement;
  const DataTransferCtor = View?.DataTransfer ?? DataTransfer;
  const dataTransfer = new DataTransferCtor();
  dataTransfer.setData('text/plain', text);
  const event = new Event('beforeinput', {
    // Editors treat insertText as typing (CKEditor 5 queues it and may apply it twice);
    // a replacement is applied once, also for an empty range. Nothing to insert is a deletion.
    inputType: text === '' ? 'deleteContentBackward' : 'insertReplacementText',
    data: text === '' ? null : text,
    dataTransfer: text === '' ? null : dataTransfer,
    targetRanges: [staticRange(range)],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  (target ?? root).dispatchEvent(event);
}

/** A synthetic paste of plain text; only editors that handle paste themselves insert anything. */
export function dispatchPaste(root: HTMLElement, range: Range, text: string): void {
  const View = root.ownerDocument.defaultView;
  const DataTransferCtor = View?.DataTransfer ?? DataTransfer;
  const ClipboardEventCtor = View?.ClipboardEvent ?? ClipboardEvent;
  const clipboardData = new DataTransferCtor();
  clipboardData.setData('text/plain', text);
  const target =
    range.startContainer.nodeType === Node.ELEMENT_NODE ? (range.startContainer as Element) : range.startContainer.parentElement;
  (target ?? root).dispatchEvent(new ClipboardEventCtor('paste', { clipboardData, bubbles: true, cancelable: true, composed: true }));
}
