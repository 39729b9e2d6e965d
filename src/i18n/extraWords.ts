import { en, type MessageKey } from "./en";
import { id } from "./id";
import { fillTemplate, type Language, type Params } from "./translate";

// A feature that loads on first use (a dialog, the help) keeps its own words
// out of the first download: its module builds a translator from the app's
// dictionary plus its own words, and loads with the feature's code.

export interface ExtraWords<K extends string> {
  /** Every word (the app's and the feature's) in one language, keyed as the dictionaries are. */
  words(language: Language): Readonly<Record<string, string>>;
  translator(language: Language): (key: MessageKey | K, params?: Params) => string;
}

export function withExtraWords<E extends Record<string, string>>(
  extraEn: E,
  extraId: Record<keyof E, string>,
): ExtraWords<keyof E & string> {
  // Read at each call, not copied: words of views that load later join the app's
  // dictionaries when they load (structureViews.ts).
  const app: Record<Language, Readonly<Record<string, string>>> = { en, id };
  const own: Record<Language, Readonly<Record<string, string>>> = { en: extraEn, id: extraId };
  return {
    words: (language) => ({ ...app[language], ...own[language] }),
    translator(language) {
      return (key, params) =>
        fillTemplate(
          language,
          own[language][key] ?? app[language][key] ?? own.en[key] ?? app.en[key] ?? key,
          params,
        );
    },
  };
}
