import { useEffect, useId, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { fitScale } from "../../export/canvasLimits";
import { downloadBlob, fileNameFor } from "../../export/download";
import { MAX_PAGES, OVERLAP_MM, type Paper, type PrintFit, printPlan } from "../../export/printLayout";
import { svgToPng } from "../../export/rasterize";
import { buildViewSvg, type ImageOptions, viewScene } from "../../export/viewImage";
import { serializeDocument } from "../../format/serialize";
import { type ImageDialogKey, imageDialogText } from "../../i18n/imageDialog";
import { useApp, useAppStoreApi } from "../../store/context";
import { useT } from "../../store/useT";
import { VIEWS } from "../views";
import { gatherInput, hasSelection } from "./gatherInput";
import type { ImageMode } from "./ImageExportButtons";
import { type PrintJob, PrintSheet } from "./PrintSheet";

// The options dialog of Export PNG, Export SVG and Print, and the print layout
// it hands over to the browser's print dialog. Loaded on first use.

interface Choices {
  scale: 1 | 2 | 3;
  background: "white" | "transparent";
  indicators: boolean;
  selectionOnly: boolean;
  unfold: boolean;
  paper: Paper;
  fit: PrintFit;
  tileScale: number;
}

const INITIAL: Choices = {
  scale: 2,
  background: "white",
  indicators: true,
  selectionOnly: false,
  unfold: false,
  paper: "A3",
  fit: "fit",
  tileScale: 1,
};

export default function ImageTools({ mode, onClose }: { mode: ImageMode | null; onClose: () => void }) {
  const [job, setJob] = useState<PrintJob | null>(null);
  return (
    <>
      <ImageDialog mode={mode} onClose={onClose} onPrint={setJob} />
      {job && createPortal(<PrintSheet job={job} onDone={() => setJob(null)} />, document.body)}
    </>
  );
}

function ImageDialog({
  mode,
  onClose,
  onPrint,
}: {
  mode: ImageMode | null;
  onClose: () => void;
  onPrint: (job: PrintJob) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (mode && !element.open) element.showModal();
    if (!mode && element.open) element.close();
  }, [mode]);
  const titleId = useId();
  return (
    <dialog ref={dialog} className="dialog image-dialog" aria-labelledby={titleId} onClose={onClose}>
      {mode && <ImageForm mode={mode} titleId={titleId} onClose={onClose} onPrint={onPrint} />}
    </dialog>
  );
}

const TITLES: Record<ImageMode, ImageDialogKey> = {
  png: "image.titlePng",
  svg: "image.titleSvg",
  print: "image.titlePrint",
};
const ACTIONS: Record<ImageMode, ImageDialogKey> = {
  png: "image.downloadPng",
  svg: "image.downloadSvg",
  print: "image.printNow",
};

function ImageForm({
  mode,
  titleId,
  onClose,
  onPrint,
}: {
  mode: ImageMode;
  titleId: string;
  onClose: () => void;
  onPrint: (job: PrintJob) => void;
}) {
  const t = useT();
  const store = useAppStoreApi();
  const view = useApp((s) => s.view);
  const doc = useApp((s) => s.doc);
  const language = useApp((s) => s.language);
  const d = useMemo(() => imageDialogText(language), [language]);
  const selectable = useApp(hasSelection);
  const folded = useApp((s) => s.collapsed.size > 0);
  const [choices, setChoices] = useState<Choices>(INITIAL);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Choices>(key: K, value: Choices[K]) =>
    setChoices((previous) => ({ ...previous, [key]: value }));

  const hasCards = view === "tree" || view === "map" || view === "alignment";
  const options: ImageOptions = {
    background: mode === "print" ? "white" : choices.background,
    selectionOnly: choices.selectionOnly && selectable,
    unfold: choices.unfold && folded && (view === "tree" || view === "alignment"),
  };
  // The size of what will be drawn, shown before anything is made. Measured
  // after the dialog has painted: on a tree of thousands of boxes laying it
  // out takes a moment, and the dialog should open at once.
  const [size, setSize] = useState<{ width: number; height: number } | null | "measuring">("measuring");
  // biome-ignore lint/correctness/useExhaustiveDependencies: the size follows the document, view and choices that shape it
  useEffect(() => {
    setSize("measuring");
    const timer = setTimeout(() => {
      const input = gatherInput(store.getState(), choices.indicators);
      const drawn = input ? viewScene(input, options) : null;
      setSize(drawn ? { width: drawn.width, height: drawn.height } : null);
    }, 0);
    return () => clearTimeout(timer);
  }, [store, doc, view, language, choices.indicators, options.selectionOnly, options.unfold]);
  const scene = size === "measuring" ? null : size;

  const fitted = scene ? fitScale(scene.width, scene.height, choices.scale) : null;
  const plan =
    scene && mode === "print" ? printPlan(scene, choices.paper, choices.fit, choices.tileScale) : null;
  const pages = plan ? plan.rows * plan.columns : 0;
  const viewName = t(VIEWS.find((v) => v.id === view)?.label ?? "views.tree");

  const submit = async () => {
    const state = store.getState();
    const input = gatherInput(state, choices.indicators);
    if (!input || !state.doc) return;
    setBusy(true);
    // Let "Drawing…" show before the work that holds the page.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    try {
      const built = buildViewSvg(input, options);
      if (!built) return;
      const title = state.doc.meta.title;
      if (mode === "svg") {
        downloadBlob(new Blob([built.svg], { type: "image/svg+xml" }), fileNameFor(title, "svg"));
      } else if (mode === "png") {
        const png = await svgToPng(built.svg, built, choices.scale, serializeDocument(state.doc));
        downloadBlob(png.blob, fileNameFor(title, "png"));
        if (png.reduced)
          state.pushMessage({
            tone: "info",
            text: d("image.reduced", {
              fitted: png.scale,
              scale: choices.scale,
              width: png.width,
              height: png.height,
            }),
          });
      } else {
        // The structure(s) the picture shows, named in the title block.
        const names = (ids: readonly string[]) =>
          ids
            .map((id) => state.doc?.structures.get(id)?.name)
            .filter(Boolean)
            .join(" ↔ ");
        const structure =
          view === "compare"
            ? names(input.comparePair ?? [])
            : state.structureId !== null && view !== "tree" && view !== "map"
              ? names([state.structureId])
              : "";
        onPrint({
          svg: built.svg,
          size: built,
          plan: printPlan(built, choices.paper, choices.fit, choices.tileScale),
          title,
          subtitle: [viewName, structure].filter(Boolean).join(" · "),
          language: state.language,
        });
      }
      onClose();
    } catch (error) {
      state.pushMessage({
        tone: "error",
        text: d("image.failed"),
        details: [error instanceof Error ? error.message : String(error)],
      });
    } finally {
      setBusy(false);
    }
  };

  const tooManyPages = mode === "print" && plan !== null && pages > MAX_PAGES;
  return (
    <form
      className="image-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy && scene && !tooManyPages) void submit();
      }}
    >
      <div className="dialog__header">
        <h2 id={titleId}>{d(TITLES[mode])}</h2>
      </div>
      <p className="image-form__note">
        {d(mode === "print" ? "image.introPrint" : "image.intro", { view: viewName })}
      </p>
      {mode === "png" && (
        <fieldset className="image-form__group">
          <legend>{d("image.scale")}</legend>
          {([1, 2, 3] as const).map((scale) => (
            <label key={scale} className="image-form__choice">
              <input
                type="radio"
                name="scale"
                checked={choices.scale === scale}
                onChange={() => set("scale", scale)}
              />
              {`${scale}×`}
            </label>
          ))}
        </fieldset>
      )}
      {mode !== "print" && (
        <fieldset className="image-form__group">
          <legend>{d("image.background")}</legend>
          {(["white", "transparent"] as const).map((background) => (
            <label key={background} className="image-form__choice">
              <input
                type="radio"
                name="background"
                checked={choices.background === background}
                onChange={() => set("background", background)}
              />
              {d(background === "white" ? "image.white" : "image.transparent")}
            </label>
          ))}
        </fieldset>
      )}
      {mode === "print" && (
        <>
          <fieldset className="image-form__group">
            <legend>{d("image.paper")}</legend>
            {(["A4", "A3"] as const).map((paper) => (
              <label key={paper} className="image-form__choice">
                <input
                  type="radio"
                  name="paper"
                  checked={choices.paper === paper}
                  onChange={() => set("paper", paper)}
                />
                {paper}
              </label>
            ))}
          </fieldset>
          <fieldset className="image-form__group image-form__group--column">
            <legend>{d("image.layout")}</legend>
            <label className="image-form__choice">
              <input
                type="radio"
                name="fit"
                checked={choices.fit === "fit"}
                onChange={() => set("fit", "fit")}
              />
              {d("image.fit")}
            </label>
            <span className="image-form__choice">
              <label className="image-form__choice">
                <input
                  type="radio"
                  name="fit"
                  checked={choices.fit === "tile"}
                  onChange={() => set("fit", "tile")}
                />
                {d("image.tile")}
              </label>
              <select
                aria-label={d("image.tile")}
                value={choices.tileScale}
                onChange={(e) => {
                  set("tileScale", Number(e.currentTarget.value));
                  set("fit", "tile");
                }}
              >
                {[1, 0.75, 0.5].map((scale) => (
                  <option key={scale} value={scale}>{`${scale * 100}%`}</option>
                ))}
              </select>
            </span>
          </fieldset>
        </>
      )}
      <fieldset className="image-form__group image-form__group--column">
        <legend>{d("image.content")}</legend>
        {hasCards && (
          <label className="image-form__choice">
            <input
              type="checkbox"
              checked={choices.indicators}
              onChange={(e) => set("indicators", e.currentTarget.checked)}
            />
            {d("image.indicators")}
          </label>
        )}
        {view !== "compare" && (
          <label className="image-form__choice">
            <input
              type="checkbox"
              checked={choices.selectionOnly && selectable}
              disabled={!selectable}
              onChange={(e) => set("selectionOnly", e.currentTarget.checked)}
            />
            {d("image.selectionOnly")}
            {!selectable && <span className="image-form__hint">({d("image.selectionNone")})</span>}
          </label>
        )}
        {folded && (view === "tree" || view === "alignment") && (
          <label className="image-form__choice">
            <input
              type="checkbox"
              checked={choices.unfold}
              onChange={(e) => set("unfold", e.currentTarget.checked)}
            />
            {d("image.unfold")}
          </label>
        )}
      </fieldset>
      <div className="image-form__summary" role="status">
        {size === "measuring" ? (
          <p className="image-form__note">{d("image.measuring")}</p>
        ) : !scene ? (
          <p className="image-form__warn">{d("image.nothing")}</p>
        ) : mode === "print" ? (
          <p className={tooManyPages ? "image-form__warn" : "image-form__note"}>
            {tooManyPages
              ? d("image.tooManyPages", { count: pages })
              : pages > 1
                ? d("image.pages", { count: pages, overlap: OVERLAP_MM })
                : d("image.onePage")}
          </p>
        ) : (
          <>
            <p className="image-form__note">
              {d("image.size", {
                width: mode === "png" && fitted ? fitted.width : Math.ceil(scene.width),
                height: mode === "png" && fitted ? fitted.height : Math.ceil(scene.height),
              })}
            </p>
            {mode === "png" && fitted?.reduced && (
              <p className="image-form__warn">
                {d("image.tooLarge", { scale: choices.scale, fitted: fitted.scale })}
              </p>
            )}
          </>
        )}
      </div>
      <div className="image-form__actions">
        <button type="button" onClick={onClose}>
          {d("image.cancel")}
        </button>
        <button type="submit" className="primary" disabled={busy || !scene || tooManyPages}>
          {busy ? d("image.working") : d(ACTIONS[mode])}
        </button>
      </div>
    </form>
  );
}
