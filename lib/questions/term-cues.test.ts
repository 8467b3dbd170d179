import { describe, expect, it } from "vitest";
import { coverCues, cuesOf, sameWord } from "./term-cues";

describe("term cues", () => {
  it("find the parts of a term a learner reads off (政治 = political, 合作 = cooperation)", () => {
    expect(cuesOf("政治互信", "political mutual trust").map((cue) => cue.zh)).toContain("政治");
    expect(cuesOf("务实合作", "practical cooperation")).toEqual([{ zh: "合作", en: "cooperation" }]);
    expect(cuesOf("巴基斯坦", "Pakistan")).toEqual([]);
  });

  it("treat a word and its derivative as one", () => {
    expect(sameWord("politics", "political")).toBe(true);
    expect(sameWord("cooperation", "cooperate")).toBe(true);
    expect(sameWord("trade", "trust")).toBe(false);
  });

  it("pick wrong choices that show every cue too, or none at all", () => {
    const cues = cuesOf("务实合作", "practical cooperation");
    expect(coverCues(["人文交流", "安全合作", "政治互信", "反恐合作"], (text) => text, cues, "zh", 3)).toEqual(["安全合作", "人文交流", "政治互信"]);
    expect(coverCues(["人文交流", "政治互信"], (text) => text, cues, "zh", 3)).toBeNull();
  });
});
