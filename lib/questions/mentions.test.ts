import { describe, expect, it } from "vitest";
import { mentionFinder } from "./mentions";
import type { Person } from "./people";

const people: Person[] = [
  { name: "Wang Yi", title: "Foreign Minister" },
  { name: "Ahmed Aboul Gheit", title: "Arab League Secretary-General" },
  { name: "Abdel Fattah El-Sisi", title: "Egyptian President" },
  { name: "Amir Khan Muttaqi", title: "Acting Foreign Minister" },
  { name: "Imran Khan", title: null },
  { name: "Sadiq Khan", title: null },
];

const names = (sentence: string) => mentionFinder(people)(sentence).map((mention) => [mention.person.name, sentence.slice(mention.start, mention.end)]);

describe("mentionFinder", () => {
  it("reads no name inside a word an apostrophe joins ('Wang'an' is a place), but a possessive is the person's", () => {
    expect(names("They met in Wang'an on Monday.")).toEqual([]);
    expect(names("Wang's visit went well.")).toEqual([["Wang Yi", "Wang"]]);
  });

  it("finds full names before their short forms", () => {
    expect(names("Wang Yi met Ahmed Aboul Gheit.")).toEqual([
      ["Wang Yi", "Wang Yi"],
      ["Ahmed Aboul Gheit", "Ahmed Aboul Gheit"],
    ]);
  });

  it("resolves surnames of one or several words, and a tail without its Arabic article", () => {
    expect(names("Aboul Gheit said the League agrees, and Wang said so too.")).toEqual([
      ["Ahmed Aboul Gheit", "Aboul Gheit"],
      ["Wang Yi", "Wang"],
    ]);
    expect(names("Sisi asked Wang to convey his greetings.")).toEqual([
      ["Abdel Fattah El-Sisi", "Sisi"],
      ["Wang Yi", "Wang"],
    ]);
  });

  it("leaves a short form shared by two people unresolved", () => {
    expect(names("Khan said it, and Muttaqi agreed.")).toEqual([["Amir Khan Muttaqi", "Muttaqi"]]);
    expect(names("Imran Khan met Khan.")).toEqual([["Imran Khan", "Imran Khan"]]);
  });
});

describe("mentionFinder in a passage", () => {
  const keqiang: Person = { name: "Li Keqiang", title: "Premier" };
  const zhanshu: Person = { name: "Li Zhanshu", title: null };

  it("reads a shared short form as the one of its owners named in full in the passage", () => {
    expect(mentionFinder([keqiang, zhanshu])("Li said China stands ready.")).toEqual([]);
    expect(mentionFinder([keqiang, zhanshu], new Set([zhanshu]))("Li said China stands ready.").map((m) => m.person)).toEqual([zhanshu]);
  });

  it("reads it as nobody when both are named there", () => {
    expect(mentionFinder([keqiang, zhanshu], new Set([keqiang, zhanshu]))("Li said China stands ready.")).toEqual([]);
  });
});
