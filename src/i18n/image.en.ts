// English strings of image export and printing that the app needs before the
// image code loads (the buttons); merged into the dictionary in en.ts. The
// dialog's, the print layout's and the image import's words load with that
// code (imageDialog.en.ts).
export const imageEn = {
  "image.exportPng": "Export PNG",
  "image.exportSvg": "Export SVG",
  "image.print": "Print",
} as const;
