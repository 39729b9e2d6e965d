import { createContext, type ReactNode, useContext } from "react";
import type { PlanDocument } from "../domain/types";
import type { Language } from "../i18n/translate";
import type { VersionCommands } from "./versions/versionCommands";

// What the UI can ask of the app: everything that touches storage or files.
// The app layer implements it (src/app/commands.ts); tests can pass their own.

export interface Commands extends VersionCommands {
  newDocument(): Promise<void>;
  openDocument(id: string): Promise<void>;
  renameDocument(id: string, title: string): Promise<void>;
  duplicateDocument(id: string): Promise<void>;
  deleteDocument(id: string): Promise<void>;
  listDocuments(): Promise<DocumentListItem[]>;
  importFile(file: File): Promise<void>;
  /** Store a document made elsewhere (e.g. from a spreadsheet) as a new document, open it and say `successText`. */
  openNewDocument(doc: PlanDocument, successText: string): Promise<boolean>;
  exportJson(): void;
  setLanguage(language: Language): void;
  retrySave(): Promise<void>;
}

export interface DocumentListItem {
  readonly id: string;
  readonly title: string;
  readonly updatedAt: string;
  readonly nodeCount: number;
}

const CommandsContext = createContext<Commands | null>(null);

export function CommandsProvider({ commands, children }: { commands: Commands; children: ReactNode }) {
  return <CommandsContext.Provider value={commands}>{children}</CommandsContext.Provider>;
}

export function useCommands(): Commands {
  const commands = useContext(CommandsContext);
  if (!commands) throw new Error("useCommands must be used inside <CommandsProvider>");
  return commands;
}
