// Words every release uses of every relationship: a clause made of nothing else ("achieve
// mutual benefit and win-win results", "implement the important common understandings
// reached by leaders of the two countries") teaches nothing of this visit.
const BOILERPLATE = new Set(
  "achieve promote deepen strengthen enhance further continue jointly mutual benefit benefits beneficial win-win results outcomes cooperation common development friendship prosperity shared bilateral relations relationship ties and the of for to in by both sides countries two peoples people bring more greater implement well important consensus understanding understandings reached leaders heads state".split(
    " ",
  ),
);

export function boilerplate(clause: string): boolean {
  return clause
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
    .every(boilerplateWord);
}

export const boilerplateWord = (word: string) => BOILERPLATE.has(word.toLowerCase());
