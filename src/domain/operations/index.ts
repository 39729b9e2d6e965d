// Pure editing operations on a PlanDocument. Each returns a new document (or a
// refusal with an error code) and never mutates its input; unchanged nodes keep
// their identity.

export type { ClipboardPayload, PasteOutcome } from "./clipboard";
export {
  CLIPBOARD_FORMAT,
  duplicateSubtrees,
  extractSubtrees,
  isClipboardPayload,
  pasteSubtrees,
} from "./clipboard";
export { selectionWithDescendants } from "./graph";
export type { AddIndicatorInit, IndicatorPatch } from "./indicators";
export {
  addIndicator,
  moveIndicator,
  removeIndicator,
  setIndicatorTarget,
  updateIndicator,
} from "./indicators";
export { clearNodePositions, setNodePositions } from "./layout";
export {
  ID_PATTERN,
  isValidId,
  MAX_ID_LENGTH,
  MAX_INDICATORS_PER_NODE,
  MAX_LINKS,
  MAX_NODES,
} from "./limits";
export type { AddLinkOptions } from "./links";
export { addLink, canLink, removeLink, updateLink } from "./links";
export { indent, moveNode, moveNodes, outdent, reorderSibling } from "./move";
export type { AddNodeInput, NodePatch, RemovedCounts } from "./nodes";
export {
  addChild,
  addNode,
  addSibling,
  deleteSubtree,
  deleteSubtrees,
  setPerspective,
  updateNode,
} from "./nodes";
export type {
  OperationError,
  OperationErrorCode,
  OperationFailure,
  OperationOk,
  OperationResult,
} from "./result";
