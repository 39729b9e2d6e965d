import { useRef } from "react";
import { LANGUAGES } from "../i18n/translate";
import { useApp } from "../store/context";
import { useT } from "../store/useT";
import { useCommands } from "./commands";
import { UndoRedo } from "./editing/UndoRedo";
import { HelpButton } from "./help/HelpButton";
import { ImageExportButtons } from "./imageExport/ImageExportButtons";
import { SaveIndicator } from "./SaveIndicator";
import { SearchBox } from "./SearchBox";
import { SpreadsheetsButton } from "./sheets/SpreadsheetsButton";
import { ViewTabs } from "./ViewTabs";

export function TopBar() {
  const t = useT();
  const commands = useCommands();
  const title = useApp((s) => s.doc?.meta.title ?? "");
  const language = useApp((s) => s.language);
  const setDocumentsOpen = useApp((s) => s.setDocumentsOpen);
  const setVersionsOpen = useApp((s) => s.setVersionsOpen);
  const fileInput = useRef<HTMLInputElement>(null);

  return (
    <header className="topbar">
      <div className="topbar__row">
        <div className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span className="brand__name">{t("app.name")}</span>
        </div>
        <h1 className="topbar__title" title={title}>
          {title}
        </h1>
        <UndoRedo />
        <nav className="topbar__actions" aria-label={t("toolbar.documents")}>
          <button type="button" onClick={() => void commands.newDocument()}>
            {t("toolbar.newDocument")}
          </button>
          <button type="button" onClick={() => setDocumentsOpen(true)} aria-haspopup="dialog">
            {t("toolbar.documents")}
          </button>
          <button type="button" onClick={() => setVersionsOpen(true)} aria-haspopup="dialog">
            {t("toolbar.versions")}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            {t("toolbar.import")}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json,.png,image/png,.svg,image/svg+xml"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            data-testid="import-input"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = "";
              if (file) void commands.importFile(file);
            }}
          />
          <button type="button" onClick={() => commands.exportJson()}>
            {t("toolbar.exportJson")}
          </button>
          <SpreadsheetsButton />
        </nav>
        <SaveIndicator />
        <HelpButton />
        <label className="language">
          <span className="visually-hidden">{t("toolbar.language")}</span>
          <select
            value={language}
            onChange={(event) => commands.setLanguage(event.currentTarget.value as "en" | "id")}
          >
            {LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {lang === "id" ? "Bahasa Indonesia" : "English"}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="topbar__row topbar__row--secondary">
        <ViewTabs />
        <div className="topbar__tools">
          {/* Images and printing concern the view in front: beside the view tabs. */}
          <div className="topbar__image-actions">
            <ImageExportButtons />
          </div>
          <SearchBox />
        </div>
      </div>
    </header>
  );
}
