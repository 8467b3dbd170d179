import { describe, expect, it } from "vitest";
import { placeInChinese } from "./place-names";

describe("placeInChinese", () => {
  it("writes a city and its country in Chinese, country first", () => {
    expect(placeInChinese("Islamabad, Pakistan")).toBe("巴基斯坦伊斯兰堡");
    expect(placeInChinese("Colombo")).toBe("科伦坡");
  });

  it("gives nothing for a place it cannot render whole", () => {
    expect(placeInChinese("Neom")).toBeNull();
    expect(placeInChinese("Neom, Saudi Arabia")).toBeNull();
  });
});
