// A text as its lines and where each starts: its own module, so code that needs only this (the
// page's edits) does not pull in the engine's scanners.
export function splitLines(text: string): { lines: string[]; lineStarts: number[] } {
  const lines = text.split('\n');
  const lineStarts = new Array<number>(lines.length);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    lineStarts[i] = offset;
    offset += lines[i].length + 1;
  }
  return { lines, lineStarts };
}
