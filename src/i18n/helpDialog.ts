import type { MessageKey } from "./en";
import { withExtraWords } from "./extraWords";
import { helpDialogEn } from "./helpDialog.en";
import { helpDialogId } from "./helpDialog.id";
import type { Params } from "./translate";

// The shortcut sheet's and the tour's dictionary: the app's words plus their
// own, which load with that code and not in the first download.

export type HelpKey = MessageKey | keyof typeof helpDialogEn;
export type HelpTranslate = (key: HelpKey, params?: Params) => string;

export const helpTranslator = withExtraWords(helpDialogEn, helpDialogId).translator;
