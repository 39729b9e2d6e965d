import type { PlanNode } from "../domain/types";

// The size of a node card is computed from its data, never measured in the DOM:
// React Flow then needs no measuring pass, and layout stays a pure function.
// The card component (src/canvas) renders with exactly these numbers, clamping
// each text block to the line count computed here.

export const CARD = {
  width: 280,
  paddingY: 10,
  headerHeight: 20,
  nameLineHeight: 18,
  nameMaxLines: 4,
  /** Characters per line at the name's font size; conservative for wide fonts (DejaVu Sans). */
  nameCharsPerLine: 30,
  statementLineHeight: 16,
  statementMaxLines: 3,
  statementCharsPerLine: 36,
  sectionGap: 6,
  indicatorRowHeight: 18,
  indicatorMaxRows: 3,
} as const;

export interface CardLines {
  readonly name: number;
  readonly statement: number;
  readonly indicatorRows: number;
  /** Whether a "+N more" row follows the indicator rows. */
  readonly moreIndicators: boolean;
}

/** Lines a text takes when wrapped greedily at word boundaries, capped. */
export function estimateLines(text: string, charsPerLine: number, maxLines: number): number {
  if (text.length === 0) return 0;
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    if (word.length === 0) continue;
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= charsPerLine) {
      used = need;
    } else {
      // A word longer than a line breaks across lines (CSS overflow-wrap: anywhere).
      lines += used === 0 ? 0 : 1;
      used = word.length;
      while (used > charsPerLine) {
        lines++;
        used -= charsPerLine;
      }
    }
    if (lines >= maxLines) return maxLines;
  }
  return Math.min(lines, maxLines);
}

// Every re-layout asks for every visible card's lines and size; an edit replaces
// only the node objects it changes, so the others keep theirs: a relayout of
// 10,000 boxes then asks a WeakMap, not the text. One entry per node holds both
// (each entry of a WeakMap is work for every full garbage collection).
const metricsCache = new WeakMap<PlanNode, { readonly lines: CardLines; size?: CardSize }>();

export function cardLines(node: PlanNode): CardLines {
  return metricsOf(node).lines;
}

function metricsOf(node: PlanNode): { readonly lines: CardLines; size?: CardSize } {
  let metrics = metricsCache.get(node);
  if (metrics === undefined) {
    metrics = { lines: countLines(node) };
    metricsCache.set(node, metrics);
  }
  return metrics;
}

/**
 * The lines that fit a box of `height`: the box is the card's own height except
 * for a moment while a planner types (the tree is laid out again when the
 * typing pauses). With `laidOut`, the lines the box was laid out for, only
 * what grew gives way, to what it was: typing a longer name cuts the name, and
 * the statement and indicator rows stay as they are. Otherwise, or if that is
 * still too tall, the statement gives way first, then indicator rows (a "+N
 * more" row says so), then name lines, down to one.
 */
export function linesWithin(lines: CardLines, height: number, laidOut?: CardLines): CardLines {
  let fit = lines;
  if (laidOut && cardHeight(lines) > height) {
    const indicatorRows = Math.min(lines.indicatorRows, laidOut.indicatorRows);
    fit = {
      name: Math.min(lines.name, laidOut.name),
      statement: Math.min(lines.statement, laidOut.statement),
      indicatorRows,
      moreIndicators: lines.moreIndicators || indicatorRows < lines.indicatorRows,
    };
  }
  const over = () => cardHeight(fit) > height;
  while (over() && fit.statement > 0) fit = { ...fit, statement: fit.statement - 1 };
  while (over() && fit.indicatorRows > 0)
    fit = { ...fit, indicatorRows: fit.indicatorRows - 1, moreIndicators: true };
  while (over() && fit.name > 1) fit = { ...fit, name: fit.name - 1 };
  return fit;
}

export interface CardSize {
  readonly width: number;
  readonly height: number;
}

/** The card's size (its width is the same for every card); one object per node object, like its lines. */
export function cardSize(node: PlanNode): CardSize {
  const metrics = metricsOf(node);
  metrics.size ??= { width: CARD.width, height: cardHeight(metrics.lines) };
  return metrics.size;
}

function countLines(node: PlanNode): CardLines {
  const indicators = node.indicators?.length ?? 0;
  const shownRows = Math.min(indicators, CARD.indicatorMaxRows);
  return {
    name: Math.max(1, estimateLines(node.name, CARD.nameCharsPerLine, CARD.nameMaxLines)),
    statement: node.statement
      ? estimateLines(node.statement, CARD.statementCharsPerLine, CARD.statementMaxLines)
      : 0,
    indicatorRows: shownRows,
    moreIndicators: indicators > shownRows,
  };
}

export function cardHeight(lines: CardLines): number {
  let h = CARD.paddingY * 2 + CARD.headerHeight + lines.name * CARD.nameLineHeight;
  if (lines.statement > 0) h += CARD.sectionGap + lines.statement * CARD.statementLineHeight;
  const rows = lines.indicatorRows + (lines.moreIndicators ? 1 : 0);
  if (rows > 0) h += CARD.sectionGap + 1 + rows * CARD.indicatorRowHeight;
  return h;
}
