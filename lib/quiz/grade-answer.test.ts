import { describe, expect, test } from "vitest";
import { damerauLevenshtein, findInSource, gradeAnswer, gradeTyped, normalizeTyped, parseDate, typoAllowance, canonicalOrdinals } from "./grade-answer";

const muttaqi = {
  answer: "Acting Foreign Minister Amir Khan Muttaqi",
  accept: ["Amir Khan Muttaqi", "Muttaqi"],
};

describe("typed answers are graded leniently", () => {
  test.each([
    ["amir khan muttaqi", true],
    ["MUTTAQI", true],
    ["  Amir   Khan  Muttaqi. ", true],
    ["Muttaqi!", true],
    ["Mutaqqi", false], // two changes in a 7-letter word: more than one typo
    ["Mutaqi", true], // one missing letter
    ["Amir Kahn Muttaqi", true], // adjacent swap
    ["Qin Gang", false],
    ["", false],
    ["   ", false],
  ])("%j → %s", (given, correct) => {
    expect(gradeAnswer(muttaqi, "typed", given)).toEqual({ correct, overridable: !correct });
  });

  test("articles and punctuation do not count", () => {
    expect(gradeTyped("China-Pakistan Economic Corridor", ["the China–Pakistan Economic Corridor"])).toBe(true);
    expect(gradeTyped("a fourth round", ["The fourth round"])).toBe(true);
    expect(normalizeTyped("The “Ironclad” Friendship!")).toBe("ironclad friendship");
  });

  test("accents and full-width characters do not count", () => {
    expect(gradeTyped("Jose", ["José"])).toBe(true);
    expect(gradeTyped("巴基斯坦。", ["巴基斯坦"])).toBe(true);
  });

  test("digits are never forgiven as a typo", () => {
    expect(gradeTyped("more than 2500 kilometers", ["more than 2600 kilometers"])).toBe(false);
    expect(gradeTyped("more than 2600 kilometres", ["more than 2600 kilometers"])).toBe(true);
    expect(gradeTyped("third round", ["fourth round"])).toBe(false);
  });

  test("dates may be written in any common form", () => {
    for (const given of ["May 5, 2023", "5 May 2023", "2023-05-05", "2023年5月5日", "Friday, May 5th 2023", "may 5 2023"]) {
      expect(gradeTyped(given, ["May 5, 2023"]), given).toBe(true);
    }
    expect(gradeTyped("May 6, 2023", ["May 5, 2023"])).toBe(false);
    expect(parseDate("31 February 2023")).toBeNull();
    expect(parseDate("Islamabad")).toBeNull();
  });

  test("the typo allowance grows with the length", () => {
    expect(typoAllowance("alvi")).toBe(0);
    expect(typoAllowance("muttaqi")).toBe(1);
    expect(typoAllowance("amir khan muttaqi")).toBe(2);
    expect(typoAllowance("a".repeat(60))).toBe(3);
    expect(gradeTyped("Alvy", ["Alvi"])).toBe(false);
  });

  test("Damerau-Levenshtein counts an adjacent swap as one edit", () => {
    expect(damerauLevenshtein("kahn", "khan")).toBe(1);
    expect(damerauLevenshtein("kitten", "sitting")).toBe(3);
    expect(damerauLevenshtein("", "abc")).toBe(3);
  });
});

describe("choices are graded exactly", () => {
  const question = { answer: "Arif Alvi", accept: ["Alvi"] };
  test("only the answer itself is right, and a choice is never overridable", () => {
    expect(gradeAnswer(question, "choice", "Arif Alvi")).toEqual({ correct: true, overridable: false });
    expect(gradeAnswer(question, "choice", "Alvi")).toEqual({ correct: false, overridable: false });
    expect(gradeAnswer(question, "match", "arif alvi")).toEqual({ correct: false, overridable: false });
  });
});

describe("findInSource", () => {
  test("finds the longest form, case-insensitively", () => {
    const source = "Pakistani President Arif Alvi met with Qin Gang.";
    expect(findInSource(source, ["Alvi", "arif alvi"])).toEqual({ start: 20, end: 29 });
    expect(findInSource(source, ["Muttaqi"])).toBeNull();
  });
});

describe("ordinals", () => {
  test("digits, words and Chinese ordinals are the same answer", () => {
    expect(gradeTyped("4th", ["fourth"])).toBe(true);
    expect(gradeTyped("Fourth", ["4th"])).toBe(true);
    expect(gradeTyped("第四", ["fourth"])).toBe(true);
    expect(gradeTyped("the 4th round", ["fourth round"])).toBe(true);
    expect(gradeTyped("第4次", ["第四次"])).toBe(true);
    expect(canonicalOrdinals("第四次")).toBe("4th次");
  });

  test("a different ordinal is still wrong", () => {
    expect(gradeTyped("5th", ["fourth"])).toBe(false);
    expect(gradeTyped("third", ["fourth"])).toBe(false);
    expect(gradeTyped("第五", ["fourth"])).toBe(false);
  });
});
