import type { PlanDocument } from "../types";

// What every editing operation returns. A refusal carries a code and parameters,
// never a sentence: the UI translates it.

export type OperationErrorCode =
  /** An id given to the operation names nothing. params: what ("node" | "parent" | "sibling" | "indicator" | "link"), id. */
  | "not-found"
  /** An id does not match ^[A-Za-z0-9_.:-]+$ or is longer than 64 characters. params: id. */
  | "invalid-id"
  /** A requested id is already taken. params: id. */
  | "duplicate-id"
  /** A name would be empty (or only spaces) or longer than its maximum. params: field, max. */
  | "invalid-name"
  /** A text field would be longer than its maximum. params: field, max. */
  | "too-long"
  /** A value is not one the format allows (an unknown kind, perspective, polarity, a non-finite number...). params: field. */
  | "invalid-value"
  /** A target or baseline year is not a four-digit year the format allows. params: year. */
  | "invalid-year"
  /** An index is not an integer. params: index. */
  | "invalid-index"
  /** A sibling given as a position is not a child of the given parent. params: id. */
  | "invalid-position"
  /** Parent edges plus contribute links would form a cycle. params: from, to. */
  | "cycle"
  /** A link from a node to itself. params: id. */
  | "self-link"
  /** A link with the same from and to exists. params: from, to, linkId. */
  | "duplicate-link"
  /** reorderSibling: the node is already first (delta -1) or last (delta 1). params: id. */
  | "at-edge"
  /** indent: the node is the first of its siblings. params: id. */
  | "no-previous-sibling"
  /** outdent: the node has no parent. params: id. */
  | "at-root"
  /** A node would hold more indicators than the format allows. params: max. */
  | "too-many-indicators"
  /** The document would hold more nodes than the format allows. params: max. */
  | "too-many-nodes"
  /** The document would hold more contribute links than the format allows. params: max. */
  | "too-many-links"
  /** The clipboard content is not a Selaras clipboard payload, or is malformed. params: path. */
  | "invalid-clipboard"
  /** An alignment with the same structure, unit, node, indicator and role exists (format rule 6). params: alignmentId. */
  | "duplicate-alignment"
  /** A collection would exceed the format's maximum. params: what ("structure" | "unit" | "alignment"), max. */
  | "too-many-items";

export interface OperationError {
  readonly code: OperationErrorCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type OperationOk<Extra extends object = Record<never, never>> = {
  readonly ok: true;
  readonly doc: PlanDocument;
} & Extra;

export interface OperationFailure {
  readonly ok: false;
  readonly reason: OperationError;
}

/**
 * An operation's outcome. On success `doc` is the new document; when the request
 * changes nothing (the state it asks for already holds) `doc` is the input
 * document itself, so `result.doc === doc` tells the caller to record no undo step.
 */
export type OperationResult<Extra extends object = Record<never, never>> =
  | OperationOk<Extra>
  | OperationFailure;

export function fail(
  code: OperationErrorCode,
  params?: Readonly<Record<string, string | number>>,
): OperationFailure {
  return params === undefined ? { ok: false, reason: { code } } : { ok: false, reason: { code, params } };
}
