// Numbers as planners type and read them in each language.

/** A target typed by a planner: a number (1.234,5 or 1234.5), or a short text such as "WTP". */
export function parseTargetValue(text: string, language: "en" | "id"): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const number = parseLocaleNumber(trimmed, language);
  return number ?? trimmed.slice(0, 100);
}

/**
 * Reads a number as a planner of either language writes it. With both a dot and
 * a comma, the last one is the decimal mark ("1.234,5" and "1,234.5" both read
 * 1234.5). With one kind of mark, groups of exactly three digits are thousands
 * in the language that groups with that mark ("1.234" in Indonesian, "1,234" in
 * English); otherwise it is a decimal mark ("0.3", "0,85"), never dropped.
 * Anything else is not a number.
 */
export function parseLocaleNumber(text: string, language: "en" | "id"): number | undefined {
  let normalised = text.replace(/\s/g, "");
  const hasDot = normalised.includes(".");
  const hasComma = normalised.includes(",");
  if (hasDot && hasComma) {
    const decimal = normalised.lastIndexOf(",") > normalised.lastIndexOf(".") ? "," : ".";
    const grouping = decimal === "," ? "." : ",";
    normalised = normalised.split(grouping).join("").replace(decimal, ".");
  } else if (hasDot || hasComma) {
    const mark = hasDot ? "." : ",";
    const groupsThousands = (language === "id") === (mark === ".");
    const grouped = new RegExp(`^-?\\d{1,3}(\\${mark}\\d{3})+$`).test(normalised);
    normalised = groupsThousands && grouped ? normalised.split(mark).join("") : normalised.replace(mark, ".");
  }
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : undefined;
}

/** A value shown in an edit field: every digit kept (no rounding), no grouping, the locale's decimal mark. */
export function editableNumber(value: number, language: "en" | "id"): string {
  const text = String(value);
  return language === "id" ? text.replace(".", ",") : text;
}
