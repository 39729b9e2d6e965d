import { lazy, Suspense, useState } from "react";
import { useT } from "../../store/useT";

// `Export PNG`, `Export SVG` and `Print` in the top bar. The dialog, the image
// builders and the print layout load on the first click (a chunk of their
// own), so the app's first download does not carry them.

export type ImageMode = "png" | "svg" | "print";

const ImageTools = lazy(() => import("./ImageTools"));

export function ImageExportButtons() {
  const t = useT();
  const [mode, setMode] = useState<ImageMode | null>(null);
  const [loaded, setLoaded] = useState(false);
  const open = (next: ImageMode) => {
    setLoaded(true);
    setMode(next);
  };
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => open("png")}>
        {t("image.exportPng")}
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => open("svg")}>
        {t("image.exportSvg")}
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => open("print")}>
        {t("image.print")}
      </button>
      {/* Stays mounted once loaded: the print layout outlives its dialog until printing ends. */}
      {loaded && (
        <Suspense fallback={null}>
          <ImageTools mode={mode} onClose={() => setMode(null)} />
        </Suspense>
      )}
    </>
  );
}
