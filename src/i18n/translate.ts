import { en, type MessageKey } from "./en";
import { id } from "./id";

export type Language = "en" | "id";
export const LANGUAGES: readonly Language[] = ["id", "en"];

// Words of views that load later are added to these when they load (structureViews.ts).
const dictionaries: Record<Language, Partial<Record<MessageKey, string>>> = { en, id };

/** Adds the words of code that has just loaded to both dictionaries. */
export function addWords(
  extraEn: Readonly<Record<string, string>>,
  extraId: Readonly<Record<string, string>>,
): void {
  Object.assign(dictionaries.en, extraEn);
  Object.assign(dictionaries.id, extraId);
}

export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

// One formatter per language: toLocaleString builds a new one per call, a cost
// that shows when hundreds of cards with targets come into view at once.
const numberFormats: Record<Language, Intl.NumberFormat> = {
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 3 }),
  id: new Intl.NumberFormat("id-ID", { maximumFractionDigits: 3 }),
};

/** Numbers in the language's own format: 1.234,5 in Indonesian, 1,234.5 in English. */
export function formatNumber(language: Language, value: number): string {
  return numberFormats[language].format(value);
}

export function formatDateTime(language: Language, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language === "id" ? "id-ID" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });
}

/** Fills the {name} placeholders of a template; numbers in the language's format. */
export function fillTemplate(language: Language, template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(language, value) : value;
  });
}

export function translator(language: Language): Translate {
  const dictionary = dictionaries[language];
  return (key, params) => fillTemplate(language, dictionary[key] ?? dictionaries.en[key] ?? key, params);
}

export function isLanguage(value: unknown): value is Language {
  return value === "en" || value === "id";
}

/** `?lang=` first, then the saved choice, then the browser's languages. */
export function chooseLanguage(
  query: string | null,
  saved: string | null,
  browser: readonly string[],
): Language {
  if (isLanguage(query)) return query;
  if (isLanguage(saved)) return saved;
  for (const tag of browser) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "id" || base === "in" || base === "ms") return "id";
    if (base === "en") return "en";
  }
  return "id";
}
