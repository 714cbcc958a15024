/**
 * The origin whose site switch applies to this frame: about:blank and srcdoc frames (TinyMCE) inherit
 * their creator's, which `window.origin` carries even two about:blank frames deep.
 */
export function frameOrigin(doc: Document): string {
  const own = doc.location.origin;
  if (own && own !== 'null') return own;
  const inherited = doc.defaultView?.origin;
  if (inherited && inherited !== 'null') return inherited;
  try {
    return doc.defaultView?.parent?.location.origin ?? own;
  } catch {
    return own;
  }
}
