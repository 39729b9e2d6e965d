import { describe, expect, it } from "vitest";
import { backupStatus } from "../../../src/app/backupReminder";

// The backup reminder is gentle: a week after the last backup (or the
// document's arrival), only if the document changed since, and "Later" puts it
// off for a week.

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString();

describe("backup reminder", () => {
  it("is not due in the first week, edited or not", () => {
    expect(backupStatus({ since: day(0) }, day(6), day(6)).due).toBe(false);
  });

  it("is due a week after arrival when the document was edited and never exported", () => {
    expect(backupStatus({ since: day(0) }, day(3), day(7))).toEqual({
      due: true,
      lastExportAt: null,
      days: 7,
    });
  });

  it("is not due when nothing changed since the last export", () => {
    const record = { since: day(0), lastExportAt: day(5) };
    expect(backupStatus(record, day(4), day(30)).due).toBe(false);
    expect(backupStatus(record, day(6), day(30))).toEqual({ due: true, lastExportAt: day(5), days: 25 });
  });

  it("is put off for a week by Later", () => {
    const record = { since: day(0), dismissedAt: day(10) };
    expect(backupStatus(record, day(9), day(16)).due).toBe(false);
    expect(backupStatus(record, day(9), day(17)).due).toBe(true);
  });
});
