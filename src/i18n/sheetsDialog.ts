import type { MessageKey } from "./en";
import { withExtraWords } from "./extraWords";
import { sheetsDialogEn } from "./sheetsDialog.en";
import { sheetsDialogId } from "./sheetsDialog.id";
import type { Params } from "./translate";

// The spreadsheet dialog's dictionary: the app's words plus the dialog's own,
// which are kept out of the first download and load with the dialog's code.

export type SheetsKey = MessageKey | keyof typeof sheetsDialogEn;
export type SheetsTranslate = (key: SheetsKey, params?: Params) => string;

const sheets = withExtraWords(sheetsDialogEn, sheetsDialogId);

/** Every word of the spreadsheet exchange in one language, keyed as the dictionaries are. */
export const sheetWords = sheets.words;
export const sheetsTranslator: (language: Parameters<typeof sheets.translator>[0]) => SheetsTranslate =
  sheets.translator;
