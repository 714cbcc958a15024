// Shortens text shown to the user (notices, error details) so a huge value never reaches the panel.

/** `text` cut to `max` characters with an ellipsis and the original length: "abc…（共 1048576 字）". */
export function clipText(text: string, max = 80): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}…(${text.length})`;
}
