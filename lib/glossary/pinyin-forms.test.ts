import { describe, expect, it } from "vitest";
import { pinyinForms } from "./pinyin-forms";

describe("pinyinForms", () => {
  it("accepts tones as spoken and as each character's own (一 before a fourth tone)", () => {
    const forms = pinyinForms("一带一路");
    expect(forms).toContain("yi2 dai4 yi2 lu4");
    expect(forms).toContain("yi1 dai4 yi1 lu4");
    expect(forms).toContain("yī dài yī lù");
    expect(forms).toContain("yidaiyilu");
  });

  it("adds nothing new where no tone changes", () => {
    expect(pinyinForms("秦刚")).toEqual(expect.arrayContaining(["qín gāng", "qin2 gang1", "qin gang", "qingang"]));
    expect(pinyinForms("秦刚").filter((form) => /\d/.test(form))).toEqual(["qin2 gang1", "qin2gang1"]);
  });
});
