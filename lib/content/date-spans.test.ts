import { describe, expect, it } from "vitest";
import { dateSpans, gatheringDays } from "./date-spans";

describe("dateSpans", () => {
  it("reads runs of days written month first, day first, across months and with or without a year", () => {
    expect(dateSpans("a summit scheduled for September 24-25", "2009-09-26")).toEqual([["2009-09-24", "2009-09-25"]]);
    expect(dateSpans("From November 21 to 22, 2015, Li attended", "2015-12-01")).toEqual([["2015-11-21", "2015-11-22"]]);
    expect(dateSpans("from 25 to 26 August 2008", "2008-09-01")).toEqual([["2008-08-25", "2008-08-26"]]);
    expect(dateSpans("Jan. 30-Feb. 2", "2009-02-03")).toEqual([["2009-01-30", "2009-01-31", "2009-02-01", "2009-02-02"]]);
  });

  it("reads no season and no run of years as one event's days", () => {
    expect(dateSpans("from May 1 to June 30, 1999-2003", "2009-07-01")).toEqual([]);
  });
});

describe("gatheringDays", () => {
  const texts = ["Li arrived for a state visit from September 23 to 26.", "The Lima summit is scheduled for September 24-25."];
  it("gives the other days of the gathering the question names, never a visit's", () => {
    expect([...gatheringDays("the Third Lima Summit", texts, "2009-09-26", "2009-09-25")]).toEqual(["2009-09-24"]);
    expect([...gatheringDays("the talks", texts, "2009-09-26", "2009-09-25")]).toEqual([]);
    expect([...gatheringDays("the forum", texts, "2009-09-26", "2009-09-25")]).toEqual([]);
  });
});
