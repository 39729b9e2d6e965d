import { createStore, type StoreApi } from "zustand/vanilla";
import { setTitle } from "../domain/document";
import { ancestorsOf, childrenIndex } from "../domain/tree";
import type { Id, PlanDocument } from "../domain/types";
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

export interface AppState {
  readonly language: Language;
  readonly documentId: string | null;
  readonly doc: PlanDocument | null;
  /** Children by parent, siblings in order; recomputed when the nodes change. */
  readonly children: ReadonlyMap<Id | null, readonly Id[]>;
  readonly collapsed: ReadonlySet<Id>;
  readonly selectedId: Id | null;
  readonly search: SearchState;
  readonly focus: FocusRequest | null;
  readonly save: { readonly state: SaveState; readonly reason?: string };
  readonly messages: readonly Message[];
  readonly documentsOpen: boolean;
}

export interface AppActions {
  openDocument(documentId: string, doc: PlanDocument, collapsed?: Iterable<Id>): void;
  /** Replace the open document with an edited version of itself. */
  updateDocument(update: (doc: PlanDocument) => PlanDocument): void;
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
}

export type AppStore = StoreApi<AppState & AppActions>;

const EMPTY_SEARCH: SearchState = { query: "", matches: [], index: -1 };

export function createAppStore(initial: { language: Language }): AppStore {
  let messageSeq = 0;
  let focusSeq = 0;

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
      set({ collapsed: nextCollapsed, selectedId: id, focus: { id, seq: ++focusSeq } });
    }

    return {
      language: initial.language,
      documentId: null,
      doc: null,
      children: new Map(),
      collapsed: new Set(),
      selectedId: null,
      search: EMPTY_SEARCH,
      focus: null,
      save: { state: "saved" },
      messages: [],
      documentsOpen: false,

      openDocument(documentId, doc, collapsed = []) {
        const valid = new Set<Id>();
        for (const id of collapsed) if (doc.nodes.has(id)) valid.add(id);
        set({
          documentId,
          doc,
          children: childrenIndex(doc.nodes),
          collapsed: valid,
          selectedId: null,
          search: EMPTY_SEARCH,
          focus: null,
        });
      },

      updateDocument(update) {
        const { doc } = get();
        if (!doc) return;
        const next = update(doc);
        if (next === doc) return;
        set({ doc: next, children: next.nodes === doc.nodes ? get().children : childrenIndex(next.nodes) });
      },

      renameOpenDocument(title) {
        get().updateDocument((doc) => setTitle(doc, title));
      },

      select(id) {
        if (get().selectedId !== id) set({ selectedId: id });
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
    };
  });
}
