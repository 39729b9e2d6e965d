import { accessEn } from "./access.en";
import { editingEn } from "./editing.en";
import { imageEn } from "./image.en";
import { safetyEn } from "./safety.en";
import { sheetsEn } from "./sheets.en";
import { structureEn } from "./structure.en";
import type { structureViewsEn } from "./structureViews.en";
import { versionsEn } from "./versions.en";

// The English dictionary is the reference: every key here must exist in id.ts
// (the type there enforces it, and tests/unit/i18n checks it at run time too).
// Placeholders are written {name} and filled by t(). Each feature keeps its
// strings in a file of its own (structure.en.ts, editing.en.ts), merged here.

const core = {
  "app.name": "Selaras",
  "app.tagline": "Performance tree and organisation alignment",

  "toolbar.newDocument": "New document",
  "toolbar.documents": "Documents",
  "toolbar.import": "Import",
  "toolbar.exportJson": "Export JSON",
  "toolbar.language": "Language",
  "toolbar.fitView": "Fit view",
  "toolbar.expandAll": "Expand all",
  "toolbar.collapseAll": "Collapse to programs",

  "views.label": "Views",
  "views.tree": "Performance tree",
  "views.loading": "Loading…",

  "search.label": "Search by code or name",
  "search.placeholder": "Search code or name…",
  "search.count": "{current} of {total}",
  "search.none": "No match",
  "search.next": "Next match",
  "search.previous": "Previous match",

  "save.saved": "Saved",
  "save.saving": "Saving…",
  "save.pending": "Unsaved changes",
  "save.error": "Not saved: {reason}. Retrying…",
  "save.retryNow": "Retry now",

  "docs.title": "Documents",
  "docs.close": "Close",
  "docs.open": "Open",
  "docs.rename": "Rename",
  "docs.duplicate": "Duplicate",
  "docs.delete": "Delete",
  "docs.current": "open",
  "docs.nodes": "{count} nodes",
  "docs.updated": "Updated {date}",
  "docs.renamePrompt": "New title",
  "docs.save": "Save",
  "docs.cancel": "Cancel",
  "docs.confirmDelete":
    "Delete “{title}” from this browser? Its saved versions go with it. This cannot be undone. Export it first if you may need it.",
  "docs.confirmDeleteButton": "Delete for good",
  "docs.copyOf": "{title} (copy)",
  "docs.empty": "No documents yet.",
  "docs.newTitle": "Untitled plan",
  "docs.loadFailed": "A stored document could not be opened. It is kept as it was; the problems found:",
  "docs.storageError": "The browser's storage refused the change. Nothing open was lost.",
  "docs.unsavedStays":
    "The open document could not be saved, so it stays open: export it (Export JSON) before switching documents.",
  "docs.sample": "Open the Kemensos sample",

  "import.success": "Imported “{title}” ({count} nodes).",
  "import.failed": "“{file}” was not imported. Nothing was changed.",
  "import.moreIssues": "…and more problems.",
  "import.dropped": "{count} layout positions that named nothing were dropped.",
  "import.dropHint": "Drop a Selaras JSON file, or a PNG or SVG exported by Selaras, to import it",
  "import.readError": "The file could not be read.",
  "export.done": "Exported {file}.",

  "message.dismiss": "Dismiss",
  "message.storageUnavailable":
    "This browser's storage is unavailable ({reason}). Your work stays in this tab only: export it before closing.",

  "illustrative.banner":
    "Values marked “Illustrative” are examples, not official figures: the sources name only what is documented.",
  "illustrative.tag": "Illustrative",

  "node.collapse": "Collapse {count} children",
  "node.expand": "Expand {count} hidden children",
  "node.indicatorsMore": "+{count} more indicators",
  "node.finalTarget": "Target {year}",

  "panel.title": "Details",
  "panel.empty": "Select a box in the tree to see its details.",
  "panel.documentTitle": "Document",
  "panel.organization": "Organisation",
  "panel.period": "Period",
  "panel.counts": "{nodes} nodes, {indicators} indicators, {structures} structures",
  "panel.kind": "Kind",
  "panel.code": "Code",
  "panel.name": "Name",
  "panel.statement": "Target statement",
  "panel.perspective": "Perspective",
  "panel.programType": "Program type",
  "panel.status": "Status",
  "panel.source": "Source",
  "panel.notes": "Notes",
  "panel.parent": "Parent",
  "panel.children": "Children",
  "panel.contributesTo": "Contributes to",
  "panel.contributedBy": "Contributed to by",
  "panel.owners": "Owners",
  "panel.ownersNone": "No unit is aligned in “{structure}”.",
  "panel.indicators": "Indicators",
  "panel.noIndicators": "No indicators.",
  "panel.indicator.unit": "Unit",
  "panel.indicator.polarity": "Polarity",
  "panel.indicator.key": "Key indicator (IKU)",
  "panel.indicator.baseline": "Baseline",
  "panel.indicator.targets": "Targets",
  "panel.indicator.definition": "Definition",
  "panel.indicator.formula": "Formula",
  "panel.indicator.dataSource": "Data source",
  "panel.indicator.frequency": "Frequency",
  "panel.none": "—",
  "panel.root": "(top level)",

  "kind.goal": "Goal",
  "kind.strategic_target": "Strategic target",
  "kind.program": "Program",
  "kind.activity": "Activity",
  "kind.output": "Output",
  "kind.condition": "Intermediate condition",

  "kindShort.goal": "Goal",
  "kindShort.strategic_target": "Target",
  "kindShort.program": "Program",
  "kindShort.activity": "Activity",
  "kindShort.output": "Output",
  "kindShort.condition": "Condition",

  "indicatorName.goal": "Goal indicator",
  "indicatorName.strategic_target": "IKSS",
  "indicatorName.program": "IKP",
  "indicatorName.activity": "IKK",
  "indicatorName.output": "Output indicator",
  "indicatorName.condition": "Indicator",

  "perspective.stakeholder": "Stakeholder",
  "perspective.customer": "Customer",
  "perspective.internal_process": "Internal process",
  "perspective.learning_growth": "Learning and growth",

  "programType.technical": "Technical",
  "programType.generic": "Generic",

  "status.documented": "Documented",
  "status.derived": "Derived",
  "status.proposed": "Proposed",
  "status.unresolved": "Unresolved",

  "polarity.maximize": "Maximise",
  "polarity.minimize": "Minimise",
  "polarity.stabilize": "Stabilise",

  "frequency.quarterly": "Quarterly",
  "frequency.semester": "Every semester",
  "frequency.annual": "Annual",

  "tier.minister": "Minister",
  "tier.echelon_1": "Echelon I / Senior Executive (JPT Madya)",
  "tier.echelon_2": "Echelon II / Executive (JPT Pratama)",
  "tier.echelon_3": "Echelon III / Administrator",
  "tier.echelon_4": "Echelon IV / Supervisor",
  "tier.technical_unit": "Technical unit (UPT)",
  "tier.functional_group": "Functional group",
  "tier.expert_staff": "Expert staff",

  "role.primary": "owner",
  "role.contributor": "contributor",
  "role.data_provider": "data provider",

  "structureRole.existing": "existing",
  "structureRole.proposed": "proposed",

  "canvas.label": "Performance tree canvas",
  "canvas.empty": "This document has no boxes yet.",
  "canvas.legendParent": "is part of",
  "canvas.legendContributes": "contributes to",
  "canvas.linkHandle": "Drag to another box: this one contributes to it",
  "canvas.nodeAria": "{kind} {code} {name}",
} as const;

export const en = {
  ...core,
  ...structureEn,
  ...editingEn,
  ...versionsEn,
  ...sheetsEn,
  ...accessEn,
  ...safetyEn,
  ...imageEn,
} as const;

/** The words of the first download; id.ts must have each of them. */
export type FirstKey = keyof typeof en;
/** Every word, including those that load with their views (structureViews.ts). */
export type MessageKey = FirstKey | keyof typeof structureViewsEn;
