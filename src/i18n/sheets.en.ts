// English strings of the spreadsheet exchange that the first download needs
// (the top-bar button); merged into the dictionary in en.ts. The dialog's own
// strings load with the dialog: sheetsDialog.en.ts.
export const sheetsEn = {
  "sheets.button": "Spreadsheets…",
  "sheets.loading": "Loading…",
  "sheets.loadFailed": "The spreadsheet tools could not be loaded. Check the connection and try again.",
} as const;
