import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

// Every UI string exists in both languages: the same namespaces and keys, in sorted
// order so additions from several people merge cleanly.
type Tree = { [key: string]: string | Tree };

function keyPaths(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keyPaths(value, `${prefix}${key}.`)));
}

function unsortedLevels(tree: Tree, prefix = ""): string[] {
  const keys = Object.keys(tree);
  const sorted = [...keys].sort();
  const here = keys.join() === sorted.join() ? [] : [prefix || "(top level)"];
  return here.concat(Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [] : unsortedLevels(value, `${prefix}${key}.`))));
}

const locales = { en: en as Tree, zh: zh as Tree };

describe("messages", () => {
  it("has the same keys in English and Chinese", () => {
    expect(keyPaths(locales.zh).sort()).toEqual(keyPaths(locales.en).sort());
  });

  it.each(Object.entries(locales))("keeps %s namespaces and keys sorted", (_locale, messages) => {
    expect(unsortedLevels(messages)).toEqual([]);
  });

  it.each(Object.entries(locales))("has no empty %s strings", (_locale, messages) => {
    const empty = keyPaths(messages).filter((path) => {
      const value = path.split(".").reduce<string | Tree | undefined>((node, key) => (typeof node === "object" ? node[key] : undefined), messages);
      return typeof value !== "string" || value.trim() === "";
    });
    expect(empty).toEqual([]);
  });
});
