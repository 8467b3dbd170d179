import { countryOf } from "../content/gazetteer";
import { TITLE_CONNECTORS } from "./title-words";
import { isInstitution, isNameWord, lower } from "./name-words";
import { type Token, isCapitalized } from "./tokens";

// Where an office's qualifier ends ("Minister of Foreign Affairs of Pakistan", "Speaker of
// National Assembly of the Republic of Korea (ROK)"), so the name after it starts right.

const QUALIFIER_STARTS = new Set(["of", "for", "to"]);

/**
 * Index after the "of …"/"for …" qualifiers that follow an office head: the qualifier ends
 * at its last institution word ("… for Economic Affairs and Climate Action", "… of the
 * Afghan Interim Government"); "and" continues it only between institution words, so
 * "Wang Yi and Pakistani …" is never swallowed.
 */
export function skipQualifiers(tokens: Token[], from: number): number {
  let i = from;
  while (QUALIFIER_STARTS.has(lower(tokens[i])) && !tokens[i - 1]?.closes) {
    let j = i + 1;
    if (lower(tokens[j]) === "the") j++;
    // "Speaker of Indonesia's House of Representatives Puan Maharani": a country's possessive
    // stands where "the" would, and the institution after it ends the qualifier.
    else if (tokens[j]?.possessive && countryOf(tokens[j]!.word) && isCapitalized(tokens[j + 1]?.word ?? "")) j++;
    let lastInstitution = -1;
    // "of National Assembly of the Republic of Korea Park …": a country that a name follows
    // ends the qualifier too, after institution words that did not.
    let lastCountry = -1;
    let nameRun = 0;
    for (let k = j; k < tokens.length; k++) {
      const token = tokens[k]!;
      const countryWords = k > j ? countryLength(tokens, k) : 0;
      if (countryWords > 0 && isNameWord(tokens[k + countryWords]) && !tokens[k + countryWords - 1]!.closes) lastCountry = k + countryWords - 1;
      const connector = TITLE_CONNECTORS.has(lower(token));
      if (!connector && !isCapitalized(token.word)) break;
      if (lower(token) === "and" && (nameRun >= 2 || !isCapitalized(tokens[k + 1]?.word ?? ""))) break;
      nameRun = isNameWord(token) ? nameRun + 1 : 0;
      if (isInstitution(token) && isNameWord(tokens[k + 1]) && !token.closes) lastInstitution = k;
      // "for Foreign, Commonwealth and Development Affairs of the United Kingdom": a list of
      // portfolios runs on past its commas, to the institution word that ends it.
      if (token.comma && !isInstitution(token) && portfolioListGoesOn(tokens, k + 1)) {
        nameRun = 0;
        continue;
      }
      if (token.closes) break;
    }
    // "Foreign Minister of Solomon Islands Jeremiah Manele": a country of several words.
    const country = countryLength(tokens, j);
    // "of the Afghan Interim Government …" goes on past its country word to the institution;
    // "of the Republic of the Congo Denis …" ends with the country.
    if (lastCountry > Math.max(lastInstitution, j + country - 1)) i = lastCountry + 1;
    else if (lastInstitution >= j + country) i = lastInstitution + 1;
    else if (country > 0) i = j + country;
    else if (lastInstitution >= 0) i = lastInstitution + 1;
    else if (isCapitalized(tokens[j]?.word ?? "") && !tokens[j]!.closes)
      i = j + 1; // "President of Pakistan Arif Alvi"
    else return -1;
  }
  return i;
}

/** After a comma, capitalised words up to an "and" and another capitalised word: "Commonwealth and Development …". */
function portfolioListGoesOn(tokens: Token[], from: number): boolean {
  for (let m = from; m < tokens.length && m < from + 6; m++) {
    if (lower(tokens[m]) === "and") return m > from && isCapitalized(tokens[m + 1]?.word ?? "");
    if (!isCapitalized(tokens[m]!.word) || tokens[m]!.closes) return false;
  }
  return false;
}

/** How many tokens from `from` name a country ("Solomon Islands", "New Zealand"), longest first; 0 if none. */
function countryLength(tokens: Token[], from: number): number {
  for (let length = 4; length >= 1; length--) {
    const words = tokens.slice(from, from + length);
    if (words.length < length || words.slice(0, -1).some((token) => token.closes)) continue;
    if (countryOf(words.map((token) => token.word).join(" "))) return length;
  }
  return 0;
}
