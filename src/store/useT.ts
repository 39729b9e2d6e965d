import { useMemo } from "react";
import { type Translate, translator } from "../i18n/translate";
import { useApp } from "./context";

export function useT(): Translate {
  const language = useApp((s) => s.language);
  return useMemo(() => translator(language), [language]);
}
