import { en, type MessageKey } from "./en";
import { id } from "./id";
import { sheetsDialogEn } from "./sheetsDialog.en";
import { sheetsDialogId } from "./sheetsDialog.id";
import { fillTemplate, type Language, type Params } from "./translate";

// The spreadsheet dialog's dictionary: the app's words plus the dialog's own,
// which are kept out of the first download and load with the dialog's code.

export type SheetsKey = MessageKey | keyof typeof sheetsDialogEn;
export type SheetsTranslate = (key: SheetsKey, params?: Params) => string;

const merged: Record<Language, Readonly<Record<string, string>>> = {
  en: { ...en, ...sheetsDialogEn },
  id: { ...id, ...sheetsDialogId },
};

/** Every word of the spreadsheet exchange in one language, keyed as the dictionaries are. */
export function sheetWords(language: Language): Readonly<Record<string, string>> {
  return merged[language];
}

export function sheetsTranslator(language: Language): SheetsTranslate {
  const words = merged[language];
  return (key, params) => fillTemplate(language, words[key] ?? merged.en[key] ?? key, params);
}
