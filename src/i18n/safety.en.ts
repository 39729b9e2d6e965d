// English strings of the safety features (two tabs, storage, backups); merged into the dictionary in en.ts.
export const safetyEn = {
  "tabs.changedElsewhere":
    "This document was changed in another tab while you had unsaved edits here. Editing is paused in this tab so that neither tab overwrites the other.",
  "tabs.deletedElsewhere":
    "This document was deleted in another tab. Your version here is not stored. Editing is paused in this tab.",
  "tabs.reload": "Reload",
  "tabs.reloadTitle": "Show the version saved in the other tab; the unsaved edits made here are dropped",
  "tabs.takeOver": "Take over",
  "tabs.takeOverTitle": "Store this tab's version; the other tab then shows it",
  "tabs.keepCopy": "Keep mine as a copy",
  "tabs.keepCopyTitle": "Store this tab's version as a new document; the other version stays as it is",
  "tabs.copyTitle": "{title} (from another tab)",
  "tabs.copied": "Your version was kept as a new document: “{title}”.",
  "recover.title": "{title} (recovered)",
  "recover.restored": "Your last changes to “{title}”, made just before the page closed, were put back.",
  "recover.copy":
    "Your last changes, made just before a page closed, could not go back into their document (it was changed in another tab meanwhile). They were kept as a new document: “{title}”.",
  "recover.failed":
    "Changes rescued when a page closed could not be put back now. They are kept, and tried again the next time Selaras starts.",
  "tabs.updated": "Updated with the changes saved in another tab.",
  "tabs.upgraded":
    "Selaras was updated in another tab and its storage upgraded. Reload this page to continue with the new version.",
  "tabs.upgradedUnsaved":
    "Selaras was updated in another tab and its storage upgraded. Your latest changes here could not be saved: export a copy, then reload this page.",
  "tabs.reloadPage": "Reload page",
  "storage.blocked":
    "Selaras is waiting for its storage: an older Selaras is still open in another tab. Close or reload that tab.",
  "storage.title": "Storage in this browser",
  "storage.usage": "{used} used of {quota} available.",
  "storage.unknown": "This browser does not report how much storage is used.",
  "storage.persistent": "Persistent: the browser will not clear your documents to free space.",
  "storage.notPersistent":
    "Not persistent: the browser may clear your documents when disk space runs low. Export backups.",
  "storage.ask": "Ask to keep my documents",
  "storage.refused": "The browser did not make the storage persistent. Export backups regularly.",
  "storage.full":
    "The browser's storage is full. Your latest changes stay open here but are not saved. Export a copy to keep them, then free space by deleting documents you no longer need.",
  "storage.saveFailed":
    "Your latest changes are not saved ({reason}). They stay open here; export a copy to keep them.",
  "storage.exportCopy": "Export a copy",
  "backup.reminder":
    "Last backup of this document: {when}. It has changed since. Export a copy and keep it outside the browser.",
  "backup.never": "never",
  "backup.daysAgo": "{count} days ago",
  "backup.later": "Later",
} as const;
