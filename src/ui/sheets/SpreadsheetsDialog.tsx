import { useEffect, useId, useRef, useState } from "react";
import { createBlankDocument } from "../../domain/document";
import { sheetsTranslator } from "../../i18n/sheetsDialog";
import { useApp, useAppStoreApi } from "../../store/context";
import { useTranslator } from "../../store/useT";
import { useCommands } from "../commands";
import {
  documentFromSpreadsheet,
  downloadTemplate,
  exportSpreadsheet,
  problemLines,
  readPickedFiles,
  updateOpenDocumentFromSpreadsheet,
} from "./sheetActions";

// The spreadsheet exchange: export the Matriks Kinerja and the structures
// (XLSX or CSV), import them back into a new or the open document, and get
// the template. Loaded on first use (see SpreadsheetsButton).

const MAX_SHOWN_PROBLEMS = 50;

/** The dialog's words in the UI language (the app's dictionary and the dialog's own). */
const useSheetsT = () => useTranslator(sheetsTranslator);

export function SpreadsheetsDialog({ onClose }: { onClose: () => void }) {
  const t = useSheetsT();
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  // The structure of the owner columns, for export and for an update alike; the one in view to start with.
  const viewStructure = useApp((s) => s.structureId);
  const [structureId, setStructureId] = useState<string>(viewStructure ?? "");

  useEffect(() => {
    const element = dialog.current;
    // No close() on unmount: removing the element ends the modal, and a close
    // event from a cleanup (React's development double mount) would shut the dialog at once.
    if (element && !element.open) element.showModal();
  }, []);

  // Closing the native dialog gives the focus back to the button that opened it; its close event unmounts us.
  const close = () => {
    if (dialog.current?.open) dialog.current.close();
    else onClose();
  };

  return (
    <dialog ref={dialog} className="dialog sheets-dialog" aria-labelledby={`${ids}-title`} onClose={onClose}>
      <div className="dialog__header">
        <h2 id={`${ids}-title`}>{t("sheets.title")}</h2>
        <button type="button" onClick={close}>
          {t("sheets.close")}
        </button>
      </div>
      <p className="sheets-dialog__intro">{t("sheets.intro")}</p>
      <ExportSection structureId={structureId} setStructureId={setStructureId} />
      <ImportSection onDone={close} structureId={structureId} setStructureId={setStructureId} />
      <TemplateSection />
    </dialog>
  );
}

interface StructureChoice {
  readonly structureId: string;
  readonly setStructureId: (id: string) => void;
}

/** The structure whose units fill (export) or are read from (update) the owner columns. */
function OwnerStructurePicker({ structureId, setStructureId, label }: StructureChoice & { label: string }) {
  const t = useSheetsT();
  const structures = useApp((s) => s.doc?.structures);
  return (
    <label className="sheets-dialog__field">
      <span>{label}</span>
      <select value={structureId} onChange={(event) => setStructureId(event.currentTarget.value)}>
        {[...(structures?.values() ?? [])].map((structure) => (
          <option key={structure.id} value={structure.id}>
            {structure.name}
          </option>
        ))}
        <option value="">{t("sheets.noStructure")}</option>
      </select>
    </label>
  );
}

function ExportSection({ structureId, setStructureId }: StructureChoice) {
  const t = useSheetsT();
  const ids = useId();
  const doc = useApp((s) => s.doc);
  const language = useApp((s) => s.language);
  const pushMessage = useApp((s) => s.pushMessage);
  const [format, setFormat] = useState<"xlsx" | "csv">("xlsx");

  return (
    <section className="sheets-dialog__section" aria-labelledby={`${ids}-export`}>
      <h3 id={`${ids}-export`}>{t("sheets.exportHeading")}</h3>
      <fieldset className="sheets-dialog__choices">
        <legend>{t("sheets.format")}</legend>
        {(["xlsx", "csv"] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${ids}-format`}
              value={value}
              checked={format === value}
              onChange={() => setFormat(value)}
            />
            {t(value === "xlsx" ? "sheets.formatXlsx" : "sheets.formatCsv")}
          </label>
        ))}
      </fieldset>
      <OwnerStructurePicker
        structureId={structureId}
        setStructureId={setStructureId}
        label={t("sheets.ownerStructure")}
      />
      <div className="sheets-dialog__actions">
        <button
          type="button"
          className="primary"
          disabled={!doc}
          onClick={() => {
            if (!doc) return;
            const chosen = structureId !== "" && doc.structures.has(structureId) ? structureId : null;
            const files = exportSpreadsheet(doc, chosen, format, language, t);
            pushMessage({ tone: "success", text: t("sheets.exported", { files: files.join(", ") }) });
          }}
        >
          {t("sheets.export")}
        </button>
      </div>
    </section>
  );
}

function ImportSection({ onDone, structureId, setStructureId }: StructureChoice & { onDone: () => void }) {
  const t = useSheetsT();
  const ids = useId();
  const store = useAppStoreApi();
  const commands = useCommands();
  const language = useApp((s) => s.language);
  const hasDoc = useApp((s) => s.doc !== null);
  const [files, setFiles] = useState<File[]>([]);
  const [target, setTarget] = useState<"new" | "update">("new");
  const [busy, setBusy] = useState(false);
  const [rejected, setRejected] = useState<{ title: string; lines: string[] } | null>(null);

  const fileLabel = files.map((file) => file.name).join(", ");

  const run = async () => {
    if (files.length === 0) return;
    setBusy(true);
    setRejected(null);
    try {
      const reject = (problems: Parameters<typeof problemLines>[0]) =>
        setRejected({ title: t("sheets.rejected", { file: fileLabel }), lines: problemLines(problems, t) });
      const read = await readPickedFiles(files, language);
      if (!read.ok) return reject(read.problems);
      if (target === "update") {
        const owners =
          structureId !== "" && store.getState().doc?.structures.has(structureId) ? structureId : null;
        const result = await updateOpenDocumentFromSpreadsheet(
          store,
          read.data,
          owners,
          language,
          t("sheets.undoLabel"),
          () => commands.takeAutomaticSnapshot("before-spreadsheet-import", fileLabel),
        );
        if (!result.ok) return reject(result.problems);
        store.getState().pushMessage({
          tone: "success",
          text: t("sheets.importedUpdate", { file: fileLabel, nodes: result.nodes, units: result.units }),
        });
        onDone();
        return;
      }
      const title = t("sheets.newTitle", { file: files[0]!.name.replace(/\.(xlsx|csv|txt|tsv)$/i, "") });
      const now = new Date().toISOString();
      const blank = createBlankDocument({ title: title.slice(0, 300), language, now });
      const result = documentFromSpreadsheet(blank, read.data, language);
      if (!result.ok) return reject(result.problems);
      const opened = await commands.openNewDocument(
        result.doc,
        t("sheets.importedNew", { title: result.doc.meta.title, nodes: result.nodes, units: result.units }),
      );
      if (opened) onDone();
    } finally {
      setBusy(false);
    }
  };

  const shown = rejected?.lines.slice(0, MAX_SHOWN_PROBLEMS) ?? [];
  return (
    <section className="sheets-dialog__section" aria-labelledby={`${ids}-import`}>
      <h3 id={`${ids}-import`}>{t("sheets.importHeading")}</h3>
      <p className="sheets-dialog__help">{t("sheets.importHelp")}</p>
      <label className="sheets-dialog__field">
        <span>{t("sheets.chooseFiles")}</span>
        <input
          type="file"
          multiple
          accept=".xlsx,.csv,.tsv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="sheets-import-input"
          onChange={(event) => {
            setFiles([...(event.currentTarget.files ?? [])]);
            setRejected(null);
          }}
        />
      </label>
      <fieldset className="sheets-dialog__choices">
        <legend>{t("sheets.target")}</legend>
        <label>
          <input
            type="radio"
            name={`${ids}-target`}
            checked={target === "new"}
            onChange={() => setTarget("new")}
          />
          {t("sheets.targetNew")}
        </label>
        <label>
          <input
            type="radio"
            name={`${ids}-target`}
            checked={target === "update"}
            disabled={!hasDoc}
            onChange={() => setTarget("update")}
          />
          {t("sheets.targetUpdate")}
        </label>
      </fieldset>
      {target === "update" && (
        <OwnerStructurePicker
          structureId={structureId}
          setStructureId={setStructureId}
          label={t("sheets.ownerStructureImport")}
        />
      )}
      <div className="sheets-dialog__actions">
        <button
          type="button"
          className="primary"
          disabled={files.length === 0 || busy}
          onClick={() => void run()}
        >
          {t("sheets.importButton")}
        </button>
        {files.length === 0 && <span className="sheets-dialog__muted">{t("sheets.noFiles")}</span>}
      </div>
      {rejected && (
        <div className="sheets-dialog__problems" role="alert">
          <p>{rejected.title}</p>
          <ol>
            {shown.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed once shown
              <li key={i}>{line}</li>
            ))}
          </ol>
          {rejected.lines.length > shown.length && (
            <p>{t("sheets.moreProblems", { count: rejected.lines.length - shown.length })}</p>
          )}
        </div>
      )}
    </section>
  );
}

function TemplateSection() {
  const t = useSheetsT();
  const ids = useId();
  const language = useApp((s) => s.language);
  return (
    <section className="sheets-dialog__section" aria-labelledby={`${ids}-template`}>
      <h3 id={`${ids}-template`}>{t("sheets.templateHeading")}</h3>
      <p className="sheets-dialog__help">{t("sheets.templateHelp")}</p>
      <div className="sheets-dialog__actions">
        <button type="button" onClick={() => downloadTemplate("xlsx", language, t)}>
          {t("sheets.templateXlsx")}
        </button>
        <button type="button" onClick={() => downloadTemplate("csv", language, t)}>
          {t("sheets.templateCsv")}
        </button>
      </div>
    </section>
  );
}
