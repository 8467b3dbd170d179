import { describe, expect, it } from "vitest";
import { question } from "./fixtures";
import { layoutSession } from "./session-layout";

describe("layoutSession formats", () => {
  it("asks typeable kinds typed in a typed quiz, but keeps a name without Chinese a choice", () => {
    const named = question("p1", "participant", "s1");
    const choiceOnly = question("p2", "participant", "s1", { choiceOnly: true });
    const date = question("d1", "date", "s1");
    const layout = layoutSession([named, choiceOnly, date], "typed", 7);
    expect(layout.formats).toMatchObject({ p1: "typed", p2: "choice", d1: "typed" });
  });

  it("asks a question without choices typed, whatever the mode", () => {
    const recall = question("a1", "agreement", "s1", { choices: [] });
    expect(layoutSession([recall], "choice", 7).formats).toMatchObject({ a1: "typed" });
  });
});
