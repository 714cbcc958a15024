// Site adapters run only on their own site: a page elsewhere that borrows the same class names
// (a self-hosted ProseMirror with .ak-editor-content-area, a Notion clone) gets the generic ones.

/** Whether the document's host is one of `hosts` or a subdomain of one. */
export function onHost(doc: Document, hosts: readonly string[]): boolean {
  const host = doc.location?.hostname ?? '';
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}
