// The static content script's question, asked in every frame of every matched page: may this frame
// hold an editor the engine would read? It must say yes wherever detectEditor (lib/editors/registry.ts)
// or the degraded-suite check could find something, so it looks for anything editable at all; a yes
// where the engine then finds nothing costs only the engine's bytes, a wrong no loses an editor.
import { siteAdapters } from '../editors/site-adapters';
import { degradedSiteFor } from '../editors/sites/degraded';
import { isTextField } from '../editors/text-field';

const EDITABLE = '[contenteditable]:not([contenteditable="false"]), textarea, [data-slate-editor], [role="textbox"]';

export function mayHoldEditor(doc: Document): boolean {
  // Known suites: the top frame reports the site even without readable text.
  if (doc.defaultView === doc.defaultView?.top && degradedSiteFor(doc)) return true;
  // A site's own script registered its adapter in this frame (entrypoints/<site>.content.ts).
  if (siteAdapters().some((factory) => safely(() => factory.detect(doc)))) return true;
  // Iframe editors (TinyMCE classic, KindEditor, UEditor, home-grown OA) edit their frame's body.
  if (doc.designMode === 'on' || doc.body?.isContentEditable) return true;
  // A focused editing host or text field (the textarea adapter also takes a focused text <input>).
  const active = doc.activeElement as HTMLElement | null;
  if (active && (active.isContentEditable || isTextField(active))) return true;
  return doc.querySelector(EDITABLE) !== null;
}

function safely(detect: () => unknown): boolean {
  try {
    return Boolean(detect());
  } catch {
    return false;
  }
}
