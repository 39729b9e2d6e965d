import { useEffect, useMemo, useState } from "react";
import { PAGE_MARGIN_MM, type PrintPlan } from "../../export/printLayout";
import { imageDialogText } from "../../i18n/imageDialog";
import type { Language } from "../../i18n/translate";

// The print-only layout: one section per page, each with a title block
// (document title, view and structure, date, page number) and the exported
// SVG, scaled to fit or cut into overlapping tiles. It is hidden on screen
// (styles.css, "Print") and is all that prints while it exists; it removes
// itself when the browser's print dialog closes.

export interface PrintJob {
  readonly svg: string;
  readonly size: { readonly width: number; readonly height: number };
  readonly plan: PrintPlan;
  readonly title: string;
  readonly subtitle: string;
  readonly language: Language;
}

export function PrintSheet({ job, onDone }: { job: PrintJob; onDone: () => void }) {
  const d = useMemo(() => imageDialogText(job.language), [job.language]);
  const [url] = useState(() => URL.createObjectURL(new Blob([job.svg], { type: "image/svg+xml" })));
  const [loaded, setLoaded] = useState(0);
  const { plan } = job;
  const total = plan.tiles.length;

  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  useEffect(() => {
    const done = () => onDone();
    window.addEventListener("afterprint", done);
    return () => window.removeEventListener("afterprint", done);
  }, [onDone]);
  // Print once every page's image is drawn, so that no page comes out blank.
  useEffect(() => {
    if (loaded < total) return;
    const frame = requestAnimationFrame(() => window.print());
    return () => cancelAnimationFrame(frame);
  }, [loaded, total]);

  const date = new Date().toLocaleDateString(job.language === "id" ? "id-ID" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  const width = job.size.width * plan.scale;
  const height = job.size.height * plan.scale;
  return (
    <div className="print-sheet" data-testid="print-sheet">
      <style>{`@page { size: ${plan.paper} landscape; margin: ${PAGE_MARGIN_MM}mm; }`}</style>
      {plan.tiles.map((tile, index) => (
        <section
          key={`${tile.row}-${tile.column}`}
          className="print-page"
          style={{ width: `${plan.page_mm.width - PAGE_MARGIN_MM * 2}mm` }}
        >
          <header className="print-title">
            <div className="print-title__main">
              <h1 className="print-title__doc">{job.title}</h1>
              <p className="print-title__sub">{job.subtitle}</p>
            </div>
            <div className="print-title__side">
              <p>{d("image.printedOn", { date })}</p>
              <p className="print-title__page">
                {d("image.pageOf", { page: index + 1, count: total })}
                {total > 1 ? ` · ${d("image.pageCell", { row: tile.row, column: tile.column })}` : ""}
              </p>
            </div>
          </header>
          <div className="print-frame" style={{ width: plan.frame.width, height: plan.frame.height }}>
            <img
              src={url}
              alt=""
              width={width}
              height={height}
              onLoad={() => setLoaded((n) => n + 1)}
              // A page whose image fails still prints (its title block says what it is).
              onError={() => setLoaded((n) => n + 1)}
              style={
                plan.tiles.length === 1
                  ? { left: (plan.frame.width - width) / 2, top: 0 }
                  : { left: -tile.x, top: -tile.y }
              }
            />
            {tile.hasRight && (
              <div
                className="print-frame__overlap print-frame__overlap--right"
                style={{ width: plan.overlap }}
              />
            )}
            {tile.hasBelow && (
              <div
                className="print-frame__overlap print-frame__overlap--below"
                style={{ height: plan.overlap }}
              />
            )}
          </div>
        </section>
      ))}
    </div>
  );
}
