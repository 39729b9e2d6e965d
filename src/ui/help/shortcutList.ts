import type { HelpKey } from "../../i18n/helpDialog";

// Every key of the app, grouped where it works, for the help sheet. The keys
// themselves are the same in both languages; the descriptions are translated.

export interface ShortcutGroup {
  readonly title: HelpKey;
  readonly rows: readonly { readonly keys: readonly string[]; readonly does: HelpKey }[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: "help.group.general",
    rows: [
      { keys: ["?"], does: "help.key.help" },
      { keys: ["Ctrl+Z"], does: "help.key.undo" },
      { keys: ["Ctrl+Shift+Z", "Ctrl+Y"], does: "help.key.redo" },
      { keys: ["Tab", "Shift+Tab"], does: "help.key.tabFocus" },
    ],
  },
  {
    title: "help.group.views",
    rows: [
      { keys: ["←", "→"], does: "help.key.tabsMove" },
      { keys: ["Home", "End"], does: "help.key.tabsEnds" },
    ],
  },
  {
    title: "help.group.canvas",
    rows: [
      { keys: ["Enter", "Space"], does: "help.key.selectBox" },
      { keys: ["Enter"], does: "help.key.addSibling" },
      { keys: ["Tab"], does: "help.key.addChild" },
      { keys: ["F2"], does: "help.key.rename" },
      { keys: ["Shift+F10", "Menu"], does: "help.key.menu" },
      { keys: ["Delete"], does: "help.key.delete" },
      { keys: ["Alt+↑", "Alt+↓"], does: "help.key.reorder" },
      { keys: ["Ctrl+C", "Ctrl+X", "Ctrl+V", "Ctrl+D"], does: "help.key.clipboard" },
      { keys: ["Ctrl+A"], does: "help.key.selectAll" },
      { keys: ["Shift"], does: "help.key.multi" },
      { keys: ["Escape"], does: "help.key.clear" },
    ],
  },
  {
    title: "help.group.outline",
    rows: [
      { keys: ["↑", "↓", "Home", "End"], does: "help.key.outlineMove" },
      { keys: ["←", "→"], does: "help.key.outlineFold" },
      { keys: ["Enter"], does: "help.key.outlineAdd" },
      { keys: ["Tab"], does: "help.key.outlineIndent" },
      { keys: ["Shift+Tab"], does: "help.key.outlineOutdent" },
      { keys: ["F2"], does: "help.key.outlineRename" },
      { keys: ["Alt+↑", "Alt+↓"], does: "help.key.reorder" },
      { keys: ["Delete"], does: "help.key.delete" },
      { keys: ["Escape"], does: "help.key.outlineLeave" },
    ],
  },
  {
    title: "help.group.search",
    rows: [{ keys: ["Enter"], does: "help.key.searchNext" }],
  },
  {
    title: "help.group.dialogs",
    rows: [
      { keys: ["↑", "↓"], does: "help.key.menuMove" },
      { keys: ["Escape"], does: "help.key.close" },
    ],
  },
];
