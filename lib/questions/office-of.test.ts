import { describe, expect, it } from "vitest";
import { officeOf } from "./office-of";

describe("officeOf", () => {
  it("leaves out the country before the office, in any of its adjective forms", () => {
    expect(officeOf("Pakistani Foreign Minister")).toBe("Foreign Minister");
    expect(officeOf("Djiboutian President")).toBe("President");
    // world-countries spells it "Ecuadorean"; releases write "Ecuadorian".
    expect(officeOf("Ecuadorian President")).toBe("President");
  });

  it("leaves out the country, or the republic, after the office", () => {
    expect(officeOf("Foreign Minister of Solomon Islands")).toBe("Foreign Minister");
    expect(officeOf("President of the Republic of the Congo")).toBe("President");
    expect(officeOf("Ambassador to Cambodia")).toBe("Ambassador");
  });

  it("keeps what follows the office when it is no country", () => {
    expect(officeOf("Minister of Foreign Affairs")).toBe("Minister of Foreign Affairs");
  });
});
