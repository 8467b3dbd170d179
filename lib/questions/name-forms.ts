import type { Person } from "./people";

// When two written names are one person: a shorter form inside a longer one, a letter off,
// a patronymic's ending, a run-on word, half of a double-barrelled name. Pure.

/** Every word of `short` appears in `long`, in order ("Mekonnen" in "Demeke Mekonnen Hassen"). */
export function isPartOf(short: string, long: string): boolean {
  // "Faisal Mekdad" is "Faisal al-Mekdad" without the article.
  const words = (name: string) => name.split(/\s+/).map((word) => word.replace(/^(?:al|el|ad|as|ash|at|az)-(?=\p{Lu})/u, ""));
  const a = words(short);
  const b = words(long);
  if (a.length > b.length || (a.length === b.length && short.length >= long.length)) return false;
  let at = 0;
  for (const word of a) {
    // "Shahbaz Sharif" in "Muhammad Shehbaz Sharif": a long word one letter off is the same word.
    // "Anna Benaki" in "Anna Psarouda-Benaki": one half of a double-barrelled name.
    const found = b.findIndex(
      (other, i) => i >= at && (other === word || other.endsWith(`-${word}`) || (Math.min(word.length, other.length) >= 6 && oneEditApart(word, other))),
    );
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

/**
 * A name is a form of a known one (longer, shorter or spelt alike), unless it is the full
 * form of a titled short one no other name extends ("Jia Qinglin" beside only "Chairman Jia",
 * the glossary's "Liu He" beside only "Vice Premier Liu"): that is kept, and the short form
 * is merged into it.
 */
export function overlapsKnown(name: string, keys: string[], fold: (name: string) => string): boolean {
  const fullForm = (known: string) => isPartOf(known, name) && !keys.some((other) => other !== known && isPartOf(known, other));
  return keys.some((known) => known.includes(name) || (name.includes(known) && !fullForm(known)) || fold(known) === fold(name));
}

/**
 * "Yu Zhensheng" once beside "Yu Zhengsheng": a long word one letter off, every other word
 * the same, is the same person misspelt (two people of one family differ by a whole name).
 */
export function misspelt(name: string, known: Iterable<Person>): Person | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  for (const person of known) {
    const others = person.name.split(/\s+/);
    if (others.length !== words.length) continue;
    const differing = words.map((word, i) => [word, others[i]!] as const).filter(([a, b]) => a !== b);
    if (differing.length !== 1) continue;
    const [a, b] = differing[0]!;
    if (Math.min(a.length, b.length) >= 6 && oneEditApart(a, b)) return person;
    // "Premier Zhu Rongjion Sunday": a word run into the next one's first letters; "Ukhnaa
    // Khurelsukh" and "Ukhnaagiin Khurelsukh": a patronymic with and without its ending.
    // (A run-on glues at most two letters to a name's last word; an ending is never on the last.)
    const last = words.indexOf(a) === words.length - 1;
    if (Math.min(a.length, b.length) >= 5 && Math.abs(a.length - b.length) <= (last ? 2 : 4) && (a.startsWith(b) || b.startsWith(a))) return person;
  }
  return undefined;
}

/** One letter added, dropped or changed. */
function oneEditApart(a: string, b: string): boolean {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.length === short.length ? long.slice(i + 1) === short.slice(i + 1) : long.slice(i + 1) === short.slice(i);
}
