import { imageDialogEn } from "./imageDialog.en";
import { imageDialogId } from "./imageDialog.id";
import { formatNumber, type Language, type Params } from "./translate";

// The words of the image export dialog and the print layout in the UI
// language, with placeholders filled as the app's translator does (numbers in
// the language's own format). A module of its own, so that these words load
// with the dialog and not with the app.

export type ImageDialogKey = keyof typeof imageDialogEn;
export type ImageDialogText = (key: ImageDialogKey, params?: Params) => string;

const dictionaries: Record<Language, Record<ImageDialogKey, string>> = {
  en: imageDialogEn,
  id: imageDialogId,
};

export function imageDialogText(language: Language): ImageDialogText {
  const dictionary = dictionaries[language];
  return (key, params) => {
    const template = dictionary[key] ?? imageDialogEn[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = Object.hasOwn(params, name) ? params[name] : undefined;
      if (value === undefined) return whole;
      return typeof value === "number" ? formatNumber(language, value) : value;
    });
  };
}
