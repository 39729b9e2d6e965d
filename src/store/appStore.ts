import { createStore, type StoreApi } from "zustand/vanilla";
import { setTitle } from "../domain/document";
import { History } from "../domain/history";
import type { OperationResult } from "../domain/operations";
import { ancestorsOf, childrenIndex, sameTreeShape } from "../domain/tree";
import type { Id, PlanDocument } from "../domain/types";
import type { NodeMark } from "../domain/versionDiff";
import type { Language } from "../i18n/translate";

// The one store of the app: the open document, what is derived from it, and
// the view state (selection, collapsed nodes, search, messages). It holds the
// domain document, never React Flow objects; the canvas derives those.

export type SaveState = "saved" | "pending" | "saving" | "error";

export interface Message {
  readonly id: number;
  readonly tone: "info" | "success" | "error";
  readonly text: string;
  /** Lines under the text, such as the problems found in a rejected file. */
  readonly details?: readonly string[];
}

export interface SearchState {
  readonly query: string;
  readonly matches: readonly Id[];
  /** Index into matches of the current match, -1 before the first. */
  readonly index: number;
}

/** A request to centre the canvas on a node; `seq` makes a repeated request distinct. */
export interface FocusRequest {
  readonly id: Id;
  readonly seq: number;
}

/** The views of a document, one per tab. */
export const VIEW_IDS = ["tree", "map", "structure", "alignment", "compare"] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface EditOptions {
  /** What the step did, for the Undo button's tooltip (the UI's words). */
  readonly label?: string;
  /** Edits with the same key in a quick burst are one undo step (typing in one field). */
  readonly coalesceKey?: string;
}

/** Where a dragged box would land: in the target as its child, or before/after it among its siblings. */
export interface DropTarget {
  readonly id: Id;
  readonly mode: "child" | "before" | "after";
}

/** A drag of boxes on the tree canvas in progress. */
export interface DragState {
  /** The dragged boxes and everything below them: never valid drop targets. */
  readonly moving: ReadonlySet<Id>;
  readonly target: DropTarget | null;
}

/** A request to put the name field of a node into editing, e.g. right after adding it. */
export interface RenameRequest {
  readonly id: Id;
  readonly seq: number;
  /** Where the name is typed: the side panel's field, or in place in the outline. */
  readonly where: "panel" | "outline";
}

/** A saved version compared with the open document (the comparison panel and the marks on the tree). */
export interface VersionCompareState {
  readonly versionId: string;
  readonly createdAt: string;
  readonly note: string;
  /** The version's document. */
  readonly before: PlanDocument;
  /** Marks of the open document's boxes; the comparison panel keeps them in step with edits. */
  readonly marks: ReadonlyMap<Id, readonly NodeMark[]>;
}
/**
 * Why the open document cannot be edited in this tab just now: another tab
 * stored (or deleted) the document while this one had unsaved edits, or a newer Selaras
 * in another tab upgraded the storage. See src/app/tabSync.ts.
 */
export type ReadOnlyReason = "changedElsewhere" | "deletedElsewhere" | "upgraded";

export interface AppState {
  readonly language: Language;
  readonly documentId: string | null;
  readonly doc: PlanDocument | null;
  /**
   * The version of the open document that the findings on screen (card badges,
   * the Diagnostics region) are from: `doc`, a moment after each edit (see
   * DIAGNOSIS_DELAY_MS). Diagnosing a 10,000-box document after an edit takes
   * ~15 ms; this keeps it out of the keystroke's own task and after the save.
   * A newly opened document is diagnosed at once.
   */
  readonly diagnosedDoc: PlanDocument | null;
  /** Undo and redo of the open document; its current document is `doc`. */
  readonly history: History | null;
  readonly view: ViewId;
  /** The organisation structure shown by the structure views and diagnosed. */
  readonly structureId: Id | null;
  /** Every selected node; `selectedId` is the one the side panel shows. */
  readonly selectedIds: ReadonlySet<Id>;
  readonly selectedUnitId: Id | null;
  /** A selected contribute link (Delete removes it). */
  readonly selectedLinkId: Id | null;
  readonly renameRequest: RenameRequest | null;
  readonly drag: DragState | null;
  /** Children by parent, siblings in order; recomputed when the nodes change. */
  readonly children: ReadonlyMap<Id | null, readonly Id[]>;
  readonly collapsed: ReadonlySet<Id>;
  readonly selectedId: Id | null;
  readonly search: SearchState;
  readonly focus: FocusRequest | null;
  readonly save: { readonly state: SaveState; readonly reason?: string };
  readonly messages: readonly Message[];
  readonly documentsOpen: boolean;
  readonly versionsOpen: boolean;
  readonly versionCompare: VersionCompareState | null;
  /** Null when the open document may be edited; otherwise edits, undo and redo do nothing. */
  readonly readOnly: ReadOnlyReason | null;
}

export interface AppActions {
  openDocument(documentId: string, doc: PlanDocument, collapsed?: Iterable<Id>): void;
  /** Replace the open document with an edited version of itself, as one undo step. */
  updateDocument(update: (doc: PlanDocument) => PlanDocument, options?: EditOptions): void;
  /**
   * Apply an editing operation as one undo step. A refusal changes nothing and
   * is returned for the caller to explain.
   */
  edit<E extends object>(
    operation: (doc: PlanDocument) => OperationResult<E>,
    options?: EditOptions,
  ): OperationResult<E> | null;
  undo(): void;
  redo(): void;
  setView(view: ViewId): void;
  setStructure(id: Id | null): void;
  selectUnit(id: Id | null): void;
  selectLink(id: Id | null): void;
  /** Replace the selection; the last id is the one the panel shows. */
  selectNodes(ids: readonly Id[]): void;
  /** Add or remove a node from the selection (Shift+click). */
  toggleSelected(id: Id): void;
  requestRename(id: Id, where?: "panel" | "outline"): void;
  setDrag(drag: DragState | null): void;
  renameOpenDocument(title: string): void;
  select(id: Id | null): void;
  toggleCollapsed(id: Id): void;
  setCollapsed(ids: Iterable<Id>): void;
  setSearch(query: string): void;
  stepSearch(direction: 1 | -1): void;
  focusNode(id: Id): void;
  setLanguage(language: Language): void;
  setSaveState(state: SaveState, reason?: string): void;
  pushMessage(message: Omit<Message, "id">): number;
  dismissMessage(id: number): void;
  setDocumentsOpen(open: boolean): void;
  setVersionsOpen(open: boolean): void;
  setVersionCompare(compare: VersionCompareState | null): void;
  setReadOnly(reason: ReadOnlyReason | null): void;
}

export type AppStore = StoreApi<AppState & AppActions>;

const EMPTY_SEARCH: SearchState = { query: "", matches: [], index: -1 };

const NO_SELECTION: ReadonlySet<Id> = new Set();

function firstStructureId(doc: PlanDocument): Id | null {
  for (const structure of doc.structures.values()) if (structure.role === "existing") return structure.id;
  return doc.structures.keys().next().value ?? null;
}

export function createAppStore(initial: { language: Language }): AppStore {
  const store = createAppState(initial);
  followDiagnosedDoc(store);
  return store;
}

/**
 * How long after an edit the findings follow it: edits closer together
 * (typing) are diagnosed once, when they pause. And not while the edit's save
 * is still on its way (persistence/autosave.ts starts it at once): at 10,000
 * boxes the write takes longer than this pause, and a diagnosis (15-20 ms)
 * run in the middle of it delayed storing by as much. The findings then follow
 * once it is stored, or after DIAGNOSIS_WAIT_MAX_MS at most.
 */
const DIAGNOSIS_DELAY_MS = 60;
const DIAGNOSIS_WAIT_MAX_MS = 1000;

/** Keeps `diagnosedDoc` a moment behind `doc` within a document, and level with it across documents. */
function followDiagnosedDoc(store: AppStore): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopWaiting: (() => void) | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    stopWaiting?.();
    stopWaiting = null;
  };
  const catchUp = () => {
    cancel();
    store.setState({ diagnosedDoc: store.getState().doc });
  };
  const storing = (state: AppState) => state.save.state === "pending" || state.save.state === "saving";
  const afterTheSave = () => {
    timer = null;
    if (!storing(store.getState())) return catchUp();
    const giveUp = setTimeout(catchUp, DIAGNOSIS_WAIT_MAX_MS);
    // In a task of its own: not in the one that ends the write.
    const unsubscribe = store.subscribe((state) => {
      if (!storing(state)) timer ??= setTimeout(catchUp, 0);
    });
    stopWaiting = () => {
      clearTimeout(giveUp);
      unsubscribe();
    };
  };
  store.subscribe((state, previous) => {
    if (state.doc === previous.doc || state.doc === state.diagnosedDoc) return;
    cancel();
    if (state.documentId !== previous.documentId || !state.doc || !state.diagnosedDoc) {
      store.setState({ diagnosedDoc: state.doc });
      return;
    }
    timer = setTimeout(afterTheSave, DIAGNOSIS_DELAY_MS);
  });
}

function createAppState(initial: { language: Language }): AppStore {
  let messageSeq = 0;
  let focusSeq = 0;
  let renameSeq = 0;

  return createStore<AppState & AppActions>()((set, get) => {
    /** Centre on a node, opening its collapsed ancestors so that it is drawn. */
    function reveal(id: Id) {
      const { doc, collapsed } = get();
      if (!doc) return;
      let nextCollapsed = collapsed;
      for (const ancestor of ancestorsOf(doc.nodes, id)) {
        if (nextCollapsed.has(ancestor)) {
          if (nextCollapsed === collapsed) nextCollapsed = new Set(collapsed);
          (nextCollapsed as Set<Id>).delete(ancestor);
        }
      }
      set({
        collapsed: nextCollapsed,
        selectedId: id,
        selectedIds: new Set([id]),
        focus: { id, seq: ++focusSeq },
      });
    }

    /** Show a new version of the document: derived indexes follow, and the selection drops what is gone. */
    function show(next: PlanDocument, history: History) {
      const { doc, children, selectedIds, selectedId, structureId, selectedUnitId } = get();
      let nextSelected = selectedIds;
      if (doc && next.nodes !== doc.nodes && selectedIds.size > 0) {
        nextSelected = new Set([...selectedIds].filter((id) => next.nodes.has(id)));
      }
      const nextStructure =
        structureId !== null && next.structures.has(structureId) ? structureId : firstStructureId(next);
      const units = nextStructure !== null ? next.structures.get(nextStructure)?.units : undefined;
      set({
        doc: next,
        history,
        children: doc && sameTreeShape(doc.nodes, next.nodes) ? children : childrenIndex(next.nodes),
        selectedIds: nextSelected,
        selectedId: selectedId !== null && next.nodes.has(selectedId) ? selectedId : null,
        structureId: nextStructure,
        selectedUnitId: selectedUnitId !== null && units?.has(selectedUnitId) ? selectedUnitId : null,
        selectedLinkId:
          get().selectedLinkId !== null && next.links.has(get().selectedLinkId!)
            ? get().selectedLinkId
            : null,
      });
    }

    return {
      language: initial.language,
      documentId: null,
      diagnosedDoc: null,
      doc: null,
      history: null,
      view: "tree",
      structureId: null,
      selectedIds: NO_SELECTION,
      selectedUnitId: null,
      selectedLinkId: null,
      renameRequest: null,
      drag: null,
      children: new Map(),
      collapsed: new Set(),
      selectedId: null,
      search: EMPTY_SEARCH,
      focus: null,
      save: { state: "saved" },
      messages: [],
      documentsOpen: false,
      versionsOpen: false,
      versionCompare: null,
      readOnly: null,

      openDocument(documentId, doc, collapsed = []) {
        const valid = new Set<Id>();
        for (const id of collapsed) if (doc.nodes.has(id)) valid.add(id);
        set({
          documentId,
          doc,
          history: History.create(doc),
          children: childrenIndex(doc.nodes),
          collapsed: valid,
          selectedId: null,
          selectedIds: NO_SELECTION,
          selectedUnitId: null,
          selectedLinkId: null,
          structureId: firstStructureId(doc),
          search: EMPTY_SEARCH,
          focus: null,
          renameRequest: null,
          // A comparison belongs to the document it was made for.
          versionCompare: null,
        });
      },

      updateDocument(update, options = {}) {
        const { doc, history, readOnly } = get();
        if (!doc || !history || readOnly) return;
        const next = update(doc);
        if (next === doc) return;
        show(next, history.push(next, { ...options, now: Date.now() }));
      },

      edit(operation, options = {}) {
        const { doc, history, readOnly } = get();
        if (!doc || !history || readOnly) return null;
        const result = operation(doc);
        if (result.ok && result.doc !== doc)
          show(result.doc, history.push(result.doc, { ...options, now: Date.now() }));
        return result;
      },

      undo() {
        const { history, readOnly } = get();
        if (history?.canUndo && !readOnly) {
          const previous = history.undo();
          show(previous.doc, previous);
        }
      },

      redo() {
        const { history, readOnly } = get();
        if (history?.canRedo && !readOnly) {
          const next = history.redo();
          show(next.doc, next);
        }
      },

      setView(view) {
        if (get().view !== view) set({ view });
      },

      setStructure(id) {
        const { doc } = get();
        if (id === null || doc?.structures.has(id)) set({ structureId: id, selectedUnitId: null });
      },

      selectLink(id) {
        if (get().selectedLinkId !== id)
          set({ selectedLinkId: id, ...(id ? { selectedIds: NO_SELECTION, selectedId: null } : {}) });
      },

      selectUnit(id) {
        if (get().selectedUnitId !== id) set({ selectedUnitId: id });
      },

      selectNodes(ids) {
        set({
          selectedIds: ids.length === 0 ? NO_SELECTION : new Set(ids),
          selectedId: ids.at(-1) ?? null,
          selectedLinkId: null,
        });
      },

      toggleSelected(id) {
        const next = new Set(get().selectedIds);
        if (next.has(id)) {
          next.delete(id);
          const last = [...next].at(-1) ?? null;
          set({ selectedIds: next, selectedId: last });
        } else {
          next.add(id);
          set({ selectedIds: next, selectedId: id });
        }
      },

      setDrag(drag) {
        const current = get().drag;
        if (
          drag !== null &&
          current !== null &&
          drag.moving === current.moving &&
          drag.target?.id === current.target?.id &&
          drag.target?.mode === current.target?.mode
        )
          return;
        set({ drag });
      },

      requestRename(id, where = "panel") {
        set({ renameRequest: { id, seq: ++renameSeq, where } });
      },

      renameOpenDocument(title) {
        get().updateDocument((doc) => setTitle(doc, title));
      },

      select(id) {
        const { selectedId, selectedIds } = get();
        if (selectedId === id && selectedIds.size === (id === null ? 0 : 1)) return;
        set({
          selectedId: id,
          selectedIds: id === null ? NO_SELECTION : new Set([id]),
          selectedLinkId: null,
        });
      },

      toggleCollapsed(id) {
        const next = new Set(get().collapsed);
        if (!next.delete(id)) next.add(id);
        set({ collapsed: next });
      },

      setCollapsed(ids) {
        set({ collapsed: new Set(ids) });
      },

      setSearch(query) {
        const { doc } = get();
        const needle = query.trim().toLocaleLowerCase();
        if (!doc || needle.length === 0) {
          set({ search: { query, matches: [], index: -1 } });
          return;
        }
        const matches: Id[] = [];
        for (const node of doc.nodes.values()) {
          if (
            node.name.toLocaleLowerCase().includes(needle) ||
            node.code?.toLocaleLowerCase().includes(needle)
          ) {
            matches.push(node.id);
          }
        }
        set({ search: { query, matches, index: -1 } });
      },

      stepSearch(direction) {
        const { search } = get();
        if (search.matches.length === 0) return;
        const count = search.matches.length;
        const index =
          search.index < 0 ? (direction === 1 ? 0 : count - 1) : (search.index + direction + count) % count;
        set({ search: { ...search, index } });
        reveal(search.matches[index]!);
      },

      focusNode(id) {
        reveal(id);
      },

      setLanguage(language) {
        set({ language });
      },

      setSaveState(state, reason) {
        set({ save: reason === undefined ? { state } : { state, reason } });
      },

      pushMessage(message) {
        const id = ++messageSeq;
        set({ messages: [...get().messages, { ...message, id }] });
        return id;
      },

      dismissMessage(id) {
        set({ messages: get().messages.filter((m) => m.id !== id) });
      },

      setDocumentsOpen(open) {
        set({ documentsOpen: open });
      },

      setVersionsOpen(open) {
        set({ versionsOpen: open });
      },

      setVersionCompare(compare) {
        set({ versionCompare: compare });
      },

      setReadOnly(reason) {
        if (get().readOnly !== reason) set({ readOnly: reason });
      },
    };
  });
}
