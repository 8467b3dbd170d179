import { describe, expect, it } from "vitest";
import { foldAccents } from "./fold-accents";

describe("foldAccents", () => {
  it("drops accents one character for one, and leaves other letters alone", () => {
    expect(foldAccents("Tomislav Nikolić, Aleksandar Vučić")).toBe("Tomislav Nikolic, Aleksandar Vucic");
    expect(foldAccents("Michael Møller, Łukasz")).toBe("Michael Moller, Lukasz");
    expect(foldAccents("Lula’s ﬁrst visit to 北京")).toBe("Lula’s ﬁrst visit to 北京");
    expect(foldAccents("Montréal").length).toBe("Montréal".length);
  });
});
