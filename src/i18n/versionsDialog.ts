import { en, type MessageKey } from "./en";
import { id } from "./id";
import { fillTemplate, type Language, type Params } from "./translate";
import { versionsDialogEn } from "./versionsDialog.en";
import { versionsDialogId } from "./versionsDialog.id";

// The versions dialog's dictionary: the app's words plus the dialog's own,
// which are kept out of the first download and load with the dialog's code.

export type VersionsKey = MessageKey | keyof typeof versionsDialogEn;
export type VersionsTranslate = (key: VersionsKey, params?: Params) => string;

const merged: Record<Language, Readonly<Record<string, string>>> = {
  en: { ...en, ...versionsDialogEn },
  id: { ...id, ...versionsDialogId },
};

export function versionsTranslator(language: Language): VersionsTranslate {
  const words = merged[language];
  return (key, params) => fillTemplate(language, words[key] ?? merged.en[key] ?? key, params);
}
