import { fitScale } from "./canvasLimits";
import { addTextChunk, asciiJson, PNG_KEYWORD } from "./pngText";

// The one place where an image meets the DOM: the SVG is drawn onto a canvas
// through an <img> of its Blob URL and encoded as PNG by the browser; the
// document is then added as a text chunk. Nothing here reads the page.

export interface PngResult {
  readonly blob: Blob;
  readonly scale: number;
  /** The scale had to be lowered to fit the browser's canvas limits. */
  readonly reduced: boolean;
  readonly width: number;
  readonly height: number;
}

async function loadImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    // The decoded image keeps its pixels; the URL is not needed once decoded.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

function encode(image: HTMLImageElement, width: number, height: number): Promise<Blob | null> {
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) return Promise.resolve(null);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
}

export async function svgToPng(
  svg: string,
  size: { width: number; height: number },
  requestedScale: number,
  documentJson: string | null,
): Promise<PngResult> {
  const image = await loadImage(svg);
  let fitted = fitScale(size.width, size.height, requestedScale);
  let blob = await encode(image, fitted.width, fitted.height);
  // A browser with lower limits than ours gives nothing: halve until it draws.
  while (!blob && fitted.scale > 0.05) {
    fitted = fitScale(size.width, size.height, fitted.scale / 2);
    blob = await encode(image, fitted.width, fitted.height);
  }
  if (!blob) throw new Error("The browser could not draw the image.");
  let bytes: Uint8Array<ArrayBuffer> = new Uint8Array(await blob.arrayBuffer());
  if (documentJson !== null) bytes = addTextChunk(bytes, PNG_KEYWORD, asciiJson(documentJson));
  return {
    blob: new Blob([bytes], { type: "image/png" }),
    scale: fitted.scale,
    reduced: fitted.scale < requestedScale,
    width: fitted.width,
    height: fitted.height,
  };
}
