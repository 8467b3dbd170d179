import { describe, expect, it } from "vitest";
import { chineseDate } from "./zh-answer";

describe("chineseDate", () => {
  it("reads an English date answer the Chinese way", () => {
    expect(chineseDate("May 6, 2023")).toBe("2023年5月6日");
    expect(chineseDate("December 31, 2024")).toBe("2024年12月31日");
  });

  it("leaves anything else alone", () => {
    expect(chineseDate("Bilawal Bhutto Zardari")).toBeNull();
    expect(chineseDate("On May 6, 2023 local time")).toBeNull();
    expect(chineseDate("6 May 2023")).toBeNull();
  });
});
