import { numberedPinyinOf, pinyinOf, plainPinyinOf } from "./pinyin";

// Every way a learner may type the reading of a Chinese word, for typed answers:
// tone marks ("qín gāng"), tone numbers ("qin2 gang1"), no tones ("qin gang"), each with
// and without spaces, ü also as v or u; tones as spoken ("yi2 dai4 yi2 lu4") and as the
// dictionary gives each character ("yi1 dai4 yi1 lu4"). Grading folds case, accents and
// punctuation.

export function pinyinForms(chinese: string): string[] {
  const marked = pinyinOf(chinese);
  const numbered = numberedPinyinOf(chinese);
  const plain = plainPinyinOf(chinese);
  const forms = new Set<string>();
  for (const form of [marked, numbered, plain, pinyinOf(chinese, true), numberedPinyinOf(chinese, true)]) {
    for (const spelled of [form, form.replace(/ü/g, "v"), form.replace(/ü/g, "u")]) {
      const clean = spelled.replace(/[·“”]/g, " ").replace(/\s+/g, " ").trim();
      forms.add(clean);
      forms.add(clean.replace(/\s+/g, ""));
    }
  }
  return [...forms];
}
