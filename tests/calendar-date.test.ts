import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatDateTime } from "@/lib/format/calendar-date";

describe("formatCalendarDate", () => {
  it("writes English dates day first", () => {
    expect(formatCalendarDate("2023-05-05", "en")).toBe("5 May 2023");
  });

  it("writes Chinese dates with year, month and day characters", () => {
    expect(formatCalendarDate("2023-05-05", "zh")).toBe("2023年5月5日");
  });

  it("keeps the calendar day whatever the time zone", () => {
    expect(formatCalendarDate("2023-12-31", "en")).toBe("31 December 2023");
    expect(formatCalendarDate("2024-01-01", "zh")).toBe("2024年1月1日");
  });
});

describe("formatDateTime", () => {
  const instant = new Date("2026-12-01T15:24:00Z");

  it("uses the same date format as calendar dates, with a 24-hour time", () => {
    expect(formatDateTime(instant, "en")).toMatch(/^1 December 2026,? (at )?15:24$/);
    expect(formatDateTime(instant, "zh")).toBe("2026年12月1日 15:24");
  });

  it("shows the instant in the reader's time zone", () => {
    expect(formatDateTime(instant, "zh", "Asia/Shanghai")).toBe("2026年12月1日 23:24");
  });
});
