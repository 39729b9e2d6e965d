// Wraps text into lines for SVG (which does not wrap text by itself), with the
// same greedy rule as estimateLines in src/layout/cardMetrics.ts: words move to
// the next line when they do not fit, and a word longer than a line breaks
// across lines (CSS overflow-wrap: anywhere). Characters are counted as code
// points, so an emoji or a non-Latin letter is never split in half.

export function wrapText(text: string, charsPerLine: number): string[] {
  const width = Math.max(1, Math.floor(charsPerLine));
  const lines: string[] = [];
  let current: string[] = [];
  let used = 0;
  for (const word of text.split(/\s+/)) {
    if (word.length === 0) continue;
    let chars = Array.from(word);
    const need = used === 0 ? chars.length : used + 1 + chars.length;
    if (need <= width) {
      current.push(word);
      used = need;
      continue;
    }
    if (used > 0) lines.push(current.join(" "));
    current = [];
    used = 0;
    while (chars.length > width) {
      lines.push(chars.slice(0, width).join(""));
      chars = chars.slice(width);
    }
    current = [chars.join("")];
    used = chars.length;
  }
  if (used > 0) lines.push(current.join(" "));
  return lines;
}

/** A rough width of a text in pixels, for sizing pills and placing text beside text. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return Array.from(text).length * fontSize * (bold ? 0.64 : 0.58);
}

/** A text cut to fit a width, with an ellipsis: only for single-line labels such as codes. */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  const chars = Array.from(text);
  const per = fontSize * (bold ? 0.64 : 0.58);
  const max = Math.max(1, Math.floor(maxWidth / per));
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join("")}…`;
}
