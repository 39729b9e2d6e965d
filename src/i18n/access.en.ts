// English strings of offline use, accessibility and help (update prompt,
// canvas labels for screen readers, shortcut sheet, empty-document guide,
// first-run tour); merged into the dictionary in en.ts.
export const accessEn = {
  "update.available": "A new version of Selaras is available.",
  "update.reload": "Reload",
  "update.saving": "Saving your work before reloading…",
  "update.unsaved":
    "Your changes could not be stored in this browser, so the page was not reloaded. Export them (Export JSON), then reload.",

  "flow.nodeDescription":
    "Press Enter or Space to select a box. With a box selected: Enter adds a sibling, Tab adds a child, F2 renames, Delete deletes. The outline lists the same boxes.",
  "flow.nodeDescriptionMove":
    "Press Enter or Space to select a box, then the arrow keys to move it. Delete deletes it, Escape cancels.",
  "flow.nodeMoved": "Moved the selected box {direction}. New position: x {x}, y {y}.",
  "flow.edgeDescription": "Press Enter or Space to select a link, then Delete to remove it.",
  "flow.controls": "Zoom controls",
  "flow.zoomIn": "Zoom in",
  "flow.zoomOut": "Zoom out",
  "flow.fitView": "Fit view",
  "flow.interactive": "Lock or unlock the canvas",
  "flow.minimap": "Overview map",
  "flow.minimapHide": "Hide the map",
  "flow.minimapShow": "Map",
  "flow.handle": "Connection point",
  "flow.edgeParent": "{child} is part of {parent}",
  "flow.edgeContributes": "{from} contributes to {to}",
  "flow.edgeUnit": "{child} is under {parent}",
  "flow.edgeAlignment": "{unit} is {role} of {node}",

  "legend.label": "Legend",
  "boot.failed": "Selaras could not start.",

  "report.file": "{title} {structure} report",
  "reportCsv.rule": "rule",
  "reportCsv.severity": "severity",
  "reportCsv.nodeId": "nodeId",
  "reportCsv.indicatorId": "indicatorId",
  "reportCsv.unitId": "unitId",
  "reportCsv.message": "message",
  "reportCsv.nodeName": "nodeName",
  "reportCsv.indicatorName": "indicatorName",
  "reportCsv.unitName": "unitName",

  "links.title": "Contribute links",
  "links.add": "Add a link: this box contributes to…",
  "links.placeholder": "Code or name of the other box",
  "links.matches": "Boxes it can contribute to",
  "links.none": "No box found that this one can contribute to.",
  "links.remove": "Remove the link to {name}",

  "help.button": "Help",
  "help.title": "Help and keyboard shortcuts",
  "tour.label": "Tour",
} as const;
