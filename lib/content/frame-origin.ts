/** The origin whose site switch applies to this frame: about:blank frames (TinyMCE) inherit their parent's. */
export function frameOrigin(doc: Document): string {
  const own = doc.location.origin;
  if (own && own !== 'null') return own;
  try {
    return doc.defaultView?.parent?.location.origin ?? own;
  } catch {
    return own;
  }
}
