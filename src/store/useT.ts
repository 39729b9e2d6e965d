import { useMemo } from "react";
import { type Language, type Translate, translator } from "../i18n/translate";
import { useApp } from "./context";

export function useT(): Translate {
  return useTranslator(translator);
}

/** A translator in the UI language from `make` (the app's, or a lazily loaded feature's with its own words). */
export function useTranslator<T>(make: (language: Language) => T): T {
  const language = useApp((s) => s.language);
  return useMemo(() => make(language), [make, language]);
}
