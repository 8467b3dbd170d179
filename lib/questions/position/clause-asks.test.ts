import { describe, expect, it } from "vitest";
import { gerundLed } from "./clause-asks";

describe("gerundLed", () => {
  it("tells what a doing brings ('bringing more benefits …') from a thing to do", () => {
    expect(gerundLed("bringing more benefits to the two peoples")).toBe(true);
    expect(gerundLed("jointly safeguarding regional peace")).toBe(true);
    expect(gerundLed("build a stable and unimpeded cross-border industrial chain")).toBe(false);
    expect(gerundLed("bring more benefits to the two peoples")).toBe(false);
  });
});
