// Numbers as planners type and read them in each language.

/** A target typed by a planner: a number (1.234,5 or 1234.5), or a short text such as "WTP". */
export function parseTargetValue(text: string, language: "en" | "id"): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const number = parseLocaleNumber(trimmed, language);
  return number ?? trimmed.slice(0, 100);
}

/**
 * Reads a number as a planner of either language writes it. Indonesian: a comma
 * is the decimal mark and dots group thousands ("1.234,5"); a lone dot followed
 * by other than three digits is taken as a decimal point ("0.3"), never dropped.
 * English: commas group thousands ("1,234.5"); a single comma not followed by
 * three digits is a decimal comma ("0,85"). Anything else is not a number.
 */
export function parseLocaleNumber(text: string, language: "en" | "id"): number | undefined {
  let normalised = text.replace(/\s/g, "");
  if (language === "id") {
    if (normalised.includes(",")) normalised = normalised.replace(/\./g, "").replace(",", ".");
    else if (/^-?\d{1,3}(\.\d{3})+$/.test(normalised)) normalised = normalised.replace(/\./g, "");
  } else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(normalised)) {
    normalised = normalised.replace(/,/g, "");
  } else if (/^-?\d+,\d+$/.test(normalised)) {
    // "0,85" in an English window is an Indonesian habit: a decimal comma.
    normalised = normalised.replace(",", ".");
  }
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : undefined;
}

/** A value shown in an edit field: every digit kept (no rounding), no grouping, the locale's decimal mark. */
export function editableNumber(value: number, language: "en" | "id"): string {
  const text = String(value);
  return language === "id" ? text.replace(".", ",") : text;
}
