// Copies text for the user to paste when the editor would not take it. The async Clipboard API
// needs the document focused (the panel usually has focus), so a temporary off-screen textarea
// with execCommand('copy') is the fallback; it is put under <html>, never inside the editor.

export async function copyToClipboard(text: string, doc: Document = document): Promise<boolean> {
  try {
    if (doc.hasFocus() && doc.defaultView?.navigator.clipboard) {
      await doc.defaultView.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the execCommand path
  }
  return copyWithExecCommand(text, doc);
}

function copyWithExecCommand(text: string, doc: Document): boolean {
  const holder = doc.createElement('textarea');
  holder.value = text;
  holder.setAttribute('readonly', '');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:fixed;top:-10000px;left:-10000px;width:1px;height:1px;opacity:0;';
  const previous = doc.activeElement as HTMLElement | null;
  const selection = doc.getSelection();
  const saved = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
  doc.documentElement.appendChild(holder);
  try {
    holder.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    holder.remove();
    previous?.focus?.({ preventScroll: true });
    if (saved && selection) {
      selection.removeAllRanges();
      selection.addRange(saved);
    }
  }
}
