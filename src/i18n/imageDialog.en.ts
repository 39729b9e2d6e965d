// English strings of the image export dialog, the print layout and the import of
// images. They load with that code on first use, not in the app's first
// download (imageDialog.ts).
export const imageDialogEn = {
  "image.titlePng": "Export the view as a PNG image",
  "image.titleSvg": "Export the view as an SVG image",
  "image.titlePrint": "Print the view",
  "image.intro":
    "{view}: the whole diagram, not only what is on screen. The document travels inside the image: Import opens it again.",
  "image.introPrint":
    "{view}: the whole diagram, not only what is on screen, under a title block with the date.",
  "image.scale": "Scale",
  "image.background": "Background",
  "image.white": "White",
  "image.transparent": "Transparent",
  "image.content": "Content",
  "image.indicators": "Indicators on the boxes",
  "image.selectionOnly": "Selection only",
  "image.selectionNone": "Nothing is selected",
  "image.unfold": "Unfold folded boxes",
  "image.size": "Image size: {width} × {height} px",
  "image.tooLarge": "Too large for the browser at {scale}×: it will be drawn at {fitted}×.",
  "image.cancel": "Cancel",
  "image.downloadPng": "Download PNG",
  "image.downloadSvg": "Download SVG",
  "image.printNow": "Print now",
  "image.working": "Drawing…",
  "image.measuring": "Measuring the diagram…",
  "image.nothing": "This view has nothing to draw.",
  "image.failed": "The image could not be made.",
  "image.reduced":
    "The PNG is drawn at {fitted}× instead of {scale}×: larger would exceed the browser's canvas limit ({width} × {height} px).",
  "image.paper": "Paper (landscape)",
  "image.layout": "Layout",
  "image.fit": "Fit to one page",
  "image.tile": "Tile across pages at",
  "image.pages": "{count} pages, overlapping by {overlap} mm so they can be joined.",
  "image.onePage": "One page.",
  "image.tooManyPages": "{count} pages: choose a smaller size or fit to one page.",
  "image.pageOf": "Page {page} of {count}",
  "image.pageCell": "row {row}, column {column}",
  "image.printedOn": "Printed {date}",
  "import.noEmbedded":
    "“{file}” was not imported: it is an image without a Selaras document inside (only images made by Export PNG or Export SVG carry one). Nothing was changed.",
  "import.imageDamaged":
    "“{file}” was not imported: the document inside the image is damaged. Nothing was changed.",
} as const;
