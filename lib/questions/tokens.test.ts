import { describe, expect, it } from "vitest";
import { POSITION_MARKER } from "./tokens";

// Where someone stands in a photo is no part of what a caption says: prompts drop the marker.
describe("photo position markers", () => {
  it("are every form captions write, a count of places included", () => {
    const drop = (caption: string) => caption.replace(POSITION_MARKER, "");
    expect(drop("Premier Wen Hao (R, 1st) is greeted in Copenhagen.")).toBe("Premier Wen Hao is greeted in Copenhagen.");
    expect(drop("Wang Hao (2nd R) meets Sami Adel (L, front) in Cairo.")).toBe("Wang Hao meets Sami Adel in Cairo.");
    expect(drop("Leaders meet (from left to right) in Lima.")).toBe("Leaders meet in Lima.");
    expect(drop("The Group of 20 (G20) met in Seoul.")).toBe("The Group of 20 (G20) met in Seoul.");
  });
});
