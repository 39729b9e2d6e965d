import { useMemo } from "react";
import { type VersionsTranslate, versionsTranslator } from "../../i18n/versionsDialog";
import { useApp } from "../../store/context";

/** The versions dialog's words in the UI language (the app's dictionary and the dialog's own). */
export function useVersionsT(): VersionsTranslate {
  const language = useApp((s) => s.language);
  return useMemo(() => versionsTranslator(language), [language]);
}
