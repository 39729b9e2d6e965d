import { type ReactNode, useState } from "react";
import { useT } from "../store/useT";
import { useCommands } from "./commands";

/** Dropping a file anywhere on the window imports it. */
export function FileDrop({ children }: { children: ReactNode }) {
  const t = useT();
  const commands = useCommands();
  const [over, setOver] = useState(false);
  const carriesFiles = (event: React.DragEvent) => event.dataTransfer.types.includes("Files");
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for files; Import is the keyboard way
    <div
      className="file-drop"
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        if (!over) setOver(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setOver(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) void commands.importFile(file);
      }}
    >
      {children}
      {over && (
        <div className="file-drop__overlay" aria-hidden="true">
          <p>{t("import.dropHint")}</p>
        </div>
      )}
    </div>
  );
}
