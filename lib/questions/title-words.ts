// Closed vocabularies for reading "Title Name" sequences. These are ordinary English
// words for offices and institutions, never names from any particular document. The
// words themselves are data, in title-words.json beside this file (lower case, one list each).
import words from "./title-words.json";

/** Words that head an office: the name follows them (or their "of …" qualifier). */
export const OFFICE_HEADS = new Set(words.officeHeads);

/** Words that end an institution in a title qualifier ("of the Afghan Interim Government"). */
export const INSTITUTION_WORDS = new Set(words.institutionWords);

/** Capitalised words that open sentences or phrases and are never part of a title or name. */
export const NOT_NAME_WORDS = new Set(words.notNameWords);

/** Lower-case words allowed inside a title ("Councilor and Foreign Minister", "Minister of State for …"). */
export const TITLE_CONNECTORS = new Set(words.titleConnectors);
