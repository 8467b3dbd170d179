import { describe, expect, it } from "vitest";
import { padLike, writtenDate } from "./written-date";

describe("padLike", () => {
  it("writes every choice's day with a leading zero when the answer's has one ('April 09 2008')", () => {
    expect(padLike("April 09 2008", ["April 8 2008", "April 12 2008", "April 10 2008"])).toEqual(["April 08 2008", "April 12 2008", "April 10 2008"]);
    expect(padLike("09 April 2008", ["8 April 2008", "10 April 2008"])).toEqual(["08 April 2008", "10 April 2008"]);
  });

  it("leaves choices alone when the answer has no leading zero", () => {
    expect(padLike("April 9, 2008", ["April 8, 2008"])).toEqual(["April 8, 2008"]);
  });
});

describe("writtenDate", () => {
  it("reads the date as the sentence writes it", () => {
    expect(writtenDate("Rudd delivers a speech at Peking University on April 09 2008.", "2008-04-10")).toMatchObject({
      text: "April 09 2008",
      iso: "2008-04-09",
    });
  });
});
