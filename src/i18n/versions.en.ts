// English strings of saved versions that the first download needs (the top-bar
// button, messages, the marks on cards); merged into the dictionary in en.ts.
// The dialog's and the comparison's own words are in versionsDialog.en.ts.
export const versionsEn = {
  "toolbar.versions": "Versions",
  "versions.saved": "Version saved.",
  "versions.restored":
    "Restored the version of {date}. The previous state is kept as a version; Undo also brings it back.",
  "versions.restoreStep": "restore version",
  "versions.deleted": "Version deleted.",
  "versions.unavailable":
    "Versions need the browser's storage, which could not be opened. Export the document to keep a copy.",
  "versions.failed": "The version could not be stored or read. Nothing was changed.",
  "versions.unreadable": "This version could not be read. It is kept as it was; the problems found:",
  "mark.added": "New",
  "mark.renamed": "Renamed",
  "mark.moved": "Moved",
  "mark.rekinded": "Kind changed",
  "mark.indicators": "Indicators",
} as const;
