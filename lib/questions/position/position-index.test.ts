import { describe, expect, it } from "vitest";
import { similar, touches } from "./position-index";

describe("touches", () => {
  const talks = "Qin Gang said China is ready to strengthen strategic communication with Pakistan and help maintain regional stability.";

  it("finds a wrong choice that shares a word of substance with what the meeting said", () => {
    expect(touches("increase exchanges and communication on matters of mutual interest", talks)).toBe(true);
    expect(touches("jointly create a secure and stable environment", "the two sides pledged to safeguard regional stability and security")).toBe(true);
  });

  it("passes over the words every release uses of every meeting", () => {
    expect(touches("strengthen economic, trade and investment cooperation", talks)).toBe(false);
    expect(touches("further deepen bilateral cooperation in all fields", talks)).toBe(false);
  });
});

describe("similar", () => {
  it("takes two clauses sharing two words of five for the same", () => {
    expect(similar("pursue mutual benefit and win-win outcomes", "uphold openness and mutual benefit")).toBe(true);
    expect(similar("expand personnel exchanges", "oppose decoupling and severing supply chains")).toBe(false);
  });
});
