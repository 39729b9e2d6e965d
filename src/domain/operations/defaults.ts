import type { NodeKind, PlanDocument } from "../types";

// Names given to a new node or indicator when the caller passes none. The UI
// normally passes a translated name; these follow the document's language so
// that a node is never nameless (the format requires a name).

const NODE_NAMES: Readonly<Record<"id" | "en", Readonly<Record<NodeKind, string>>>> = {
  id: {
    goal: "Tujuan baru",
    strategic_target: "Sasaran strategis baru",
    program: "Program baru",
    activity: "Kegiatan baru",
    output: "Rincian output baru",
    condition: "Kondisi baru",
  },
  en: {
    goal: "New goal",
    strategic_target: "New strategic target",
    program: "New program",
    activity: "New activity",
    output: "New output",
    condition: "New condition",
  },
};

const INDICATOR_NAMES = { id: "Indikator baru", en: "New indicator" } as const;

export function defaultNodeName(doc: PlanDocument, kind: NodeKind): string {
  return NODE_NAMES[doc.meta.language === "en" ? "en" : "id"][kind];
}

export function defaultIndicatorName(doc: PlanDocument): string {
  return INDICATOR_NAMES[doc.meta.language === "en" ? "en" : "id"];
}
