import type { OperationError } from "../../domain/operations";
import type { Translate } from "../../i18n/translate";
import "../../i18n/structureViews";

/** A refused structure operation, in words. */
export function refusalText(reason: OperationError, t: Translate, unitName = ""): string {
  if (reason.code === "cycle") return t("refusal.cycle", { unit: unitName });
  if (reason.code === "duplicate-alignment") return t("refusal.duplicate");
  return t("refusal.other", { code: reason.code });
}
