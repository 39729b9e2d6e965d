// The pages of a printed view: the paper's printable area, and either one page
// with the whole diagram scaled to fit, or tiles of the diagram at a chosen
// size, overlapping a little so that the sheets can be trimmed and joined.
// All lengths in CSS pixels (96 per inch) unless named _mm.

export type Paper = "A4" | "A3";
export type PrintFit = "fit" | "tile";

export const PX_PER_MM = 96 / 25.4;
export const PAGE_MARGIN_MM = 10;
export const TITLE_BLOCK_MM = 17;
export const OVERLAP_MM = 10;
export const MAX_PAGES = 200;

const LANDSCAPE_MM: Record<Paper, { width: number; height: number }> = {
  A4: { width: 297, height: 210 },
  A3: { width: 420, height: 297 },
};

export interface PrintTile {
  readonly row: number;
  readonly column: number;
  /** Where the page's window starts in the scaled diagram. */
  readonly x: number;
  readonly y: number;
  readonly hasRight: boolean;
  readonly hasBelow: boolean;
}

export interface PrintPlan {
  readonly paper: Paper;
  readonly page_mm: { width: number; height: number };
  /** The area under the title block that shows the diagram. */
  readonly frame: { width: number; height: number };
  readonly scale: number;
  readonly overlap: number;
  readonly rows: number;
  readonly columns: number;
  readonly tiles: readonly PrintTile[];
}

export function printPlan(
  size: { width: number; height: number },
  paper: Paper,
  fit: PrintFit,
  tileScale: number,
): PrintPlan {
  const page = LANDSCAPE_MM[paper];
  const frame = {
    width: (page.width - PAGE_MARGIN_MM * 2) * PX_PER_MM,
    height: (page.height - PAGE_MARGIN_MM * 2 - TITLE_BLOCK_MM) * PX_PER_MM,
  };
  const overlap = OVERLAP_MM * PX_PER_MM;
  if (fit === "fit") {
    const scale = Math.min(frame.width / size.width, frame.height / size.height, 2);
    return {
      paper,
      page_mm: page,
      frame,
      scale,
      overlap: 0,
      rows: 1,
      columns: 1,
      tiles: [{ row: 1, column: 1, x: 0, y: 0, hasRight: false, hasBelow: false }],
    };
  }
  const scale = tileScale;
  const w = size.width * scale;
  const h = size.height * scale;
  const columns = Math.max(1, Math.ceil((w - overlap) / (frame.width - overlap)));
  const rows = Math.max(1, Math.ceil((h - overlap) / (frame.height - overlap)));
  const tiles: PrintTile[] = [];
  if (rows * columns <= MAX_PAGES)
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < columns; c++)
        tiles.push({
          row: r + 1,
          column: c + 1,
          x: c * (frame.width - overlap),
          y: r * (frame.height - overlap),
          hasRight: c < columns - 1,
          hasBelow: r < rows - 1,
        });
  return { paper, page_mm: page, frame, scale, overlap, rows, columns, tiles };
}
