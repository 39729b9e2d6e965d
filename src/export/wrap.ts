// Wraps text into lines for SVG, which does not wrap text by itself. Widths
// come from the advance widths of DejaVu Sans (measured in Chromium, per
// 100 px), the widest font of the app's font stack: where a narrower font
// (Inter, Segoe UI, Noto Sans) is used, lines only come out a little short,
// never past the card's edge. The rule is the cards' (estimateLines in
// src/layout/cardMetrics.ts): greedy at word boundaries, and a word longer
// than a line breaks across lines (CSS overflow-wrap: anywhere). Characters
// are taken as code points, so a letter outside the BMP is never split.

const REGULAR = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34,
  34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73,
  68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63,
  63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
];
const BOLD = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40,
  40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68,
  81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71,
  69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
];
/** Letters beyond ASCII (accented, other scripts, symbols): as wide as a wide Latin capital. */
const OTHER = { regular: 80, bold: 88 } as const;

/** The width of a text in pixels at a font size, in the widest font of the stack. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  const other = bold ? OTHER.bold : OTHER.regular;
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 32 && code < 127) sum += table[code - 32]!;
    // The second half of a surrogate pair adds nothing: the pair is one letter.
    else if (code < 0xdc00 || code > 0xdfff) sum += other;
  }
  return (sum * fontSize) / 100;
}

export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const room = Math.max(maxWidth, fontSize); // at least one character per line
  const space = textWidth(" ", fontSize, bold);
  const lines: string[] = [];
  let line = "";
  let used = 0;
  for (const word of text.split(/\s+/)) {
    if (word.length === 0) continue;
    const width = textWidth(word, fontSize, bold);
    if (line !== "" && used + space + width <= room) {
      line += ` ${word}`;
      used += space + width;
      continue;
    }
    if (line === "" && width <= room) {
      line = word;
      used = width;
      continue;
    }
    if (line !== "") lines.push(line);
    line = "";
    used = 0;
    if (width <= room) {
      line = word;
      used = width;
      continue;
    }
    // Longer than a line: break it where it reaches the edge.
    for (const char of word) {
      const w = textWidth(char, fontSize, bold);
      if (line !== "" && used + w > room) {
        lines.push(line);
        line = "";
        used = 0;
      }
      line += char;
      used += w;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
