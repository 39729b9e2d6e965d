// Limits of the file format (document.schema.json), checked by the operations so
// that an edited document always stays a valid file.

export const ID_PATTERN = /^[A-Za-z0-9_.:-]+$/;
export const MAX_ID_LENGTH = 64;
export const MAX_NODES = 100_000;
export const MAX_LINKS = 100_000;
export const MAX_INDICATORS_PER_NODE = 200;

export const MAX_NAME = 2000;
export const MAX_TEXT = 2000;
export const MAX_CODE = 64;
export const MAX_INDICATOR_UNIT = 100;
export const MAX_DATA_SOURCE = 300;
/** A qualitative target or baseline value such as "WTP". */
export const MAX_VALUE_TEXT = 100;

export const MIN_YEAR = 1945;
export const MAX_YEAR = 2200;
/** Keys of `targets`, as the schema states them. */
export const TARGET_YEAR_PATTERN = /^[12][0-9]{3}$/;

export function isValidId(id: unknown): id is string {
  return typeof id === "string" && id.length > 0 && id.length <= MAX_ID_LENGTH && ID_PATTERN.test(id);
}
