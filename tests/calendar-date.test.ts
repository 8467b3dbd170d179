import { describe, expect, it } from "vitest";
import { formatCalendarDate } from "@/lib/format/calendar-date";

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
