import type { MessageKey } from "./en";
import { withExtraWords } from "./extraWords";
import type { Params } from "./translate";
import { versionsDialogEn } from "./versionsDialog.en";
import { versionsDialogId } from "./versionsDialog.id";

// The versions dialog's dictionary: the app's words plus the dialog's own,
// which are kept out of the first download and load with the dialog's code.

export type VersionsKey = MessageKey | keyof typeof versionsDialogEn;
export type VersionsTranslate = (key: VersionsKey, params?: Params) => string;

export const versionsTranslator = withExtraWords(versionsDialogEn, versionsDialogId).translator;
