import { INSTITUTION_WORDS, NOT_NAME_WORDS, OFFICE_HEADS } from "./title-words";
import { type Token, isCapitalized } from "./tokens";

// Words of names and titles: which word heads an office, ends an institution, or can stand
// in a person's name. Shared by the readers of titled and untitled names.

export const lower = (token: Token | undefined) => token?.word.toLowerCase() ?? "";
// "Foreign Minister-designate", "President-elect": an office still to be taken is an office.
export const isHead = (token: Token | undefined) => OFFICE_HEADS.has(lower(token).replace(/-(?:designate|elect)$/, ""));
export const isInstitution = (token: Token | undefined) => INSTITUTION_WORDS.has(lower(token)) || isHead(token);
// "Bashar al-Assad", "Faisal al-Mekdad": the Arabic article joined to a name is part of it.
const JOINED_ARTICLE = /^(?:al|el|ad|as|ash|at|az)-\p{Lu}/u;
export const isNameWord = (token: Token | undefined): token is Token =>
  token !== undefined &&
  (isCapitalized(token.word) || JOINED_ARTICLE.test(token.word)) &&
  !NOT_NAME_WORDS.has(lower(token)) &&
  !isInstitution(token) &&
  // Acronyms (CPEC) and datelines (BERLIN) are not names; a regnal number ("Margrethe II") is part of one.
  (!/^\p{Lu}{2,}$/u.test(token.word) || REGNAL.test(token.word));
const REGNAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$/;
