// A DocState computed in the panel from text the user pasted or selected (degraded mode), by the
// same builder the content script uses.

/** Beyond this the panel analyses only the start, so a huge paste never freezes it. */
export const LOCAL_TEXT_LIMIT = 300_000;

/** The engine is loaded on first use: degraded mode is rare and the panel starts without it. */
export async function docStateFromText(text: string, meta: { url: string; title: string; version: number }) {
  const [{ analyze }, { buildDocState }] = await Promise.all([import('../analysis'), import('../state/doc-state')]);
  const analysed = text.length > LOCAL_TEXT_LIMIT ? text.slice(0, LOCAL_TEXT_LIMIT) : text;
  return buildDocState({ ...meta, editor: null, text: analysed, result: analyze(analysed) });
}
