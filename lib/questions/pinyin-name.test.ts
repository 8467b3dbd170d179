import { describe, expect, it } from "vitest";
import { isPinyinName } from "./pinyin-name";

describe("isPinyinName", () => {
  it("knows a mainland name by its family name and pinyin given name", () => {
    expect(["Yu Zhengsheng", "Zhang Dejiang", "Xi Jinping", "Wang Yi", "Li Qiang"].every(isPinyinName)).toBe(true);
  });

  it("takes no other name for one", () => {
    expect(["Hun Sen", "Ban Ki-moon", "Lee Hsien Loong", "Ali Ahmad", "Li Keqiang Smith", "Wang Chris"].some(isPinyinName)).toBe(false);
  });
});
