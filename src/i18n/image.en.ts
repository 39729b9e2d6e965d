// English strings of image export and printing that the app needs before the
// image code loads (the buttons, the Import messages); merged into the
// dictionary in en.ts. The dialog's and the print layout's own strings load
// with that code (imageDialog.en.ts).
export const imageEn = {
  "image.exportPng": "Export PNG",
  "image.exportSvg": "Export SVG",
  "image.print": "Print",
  "import.noEmbedded":
    "“{file}” was not imported: it is an image without a Selaras document inside (only images made by Export PNG or Export SVG carry one). Nothing was changed.",
  "import.imageDamaged":
    "“{file}” was not imported: the document inside the image is damaged. Nothing was changed.",
} as const;
