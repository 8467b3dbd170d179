import { countryOf } from "../content/gazetteer";
import { isNameWord } from "./name-words";
import { OFFICE_HEADS } from "./title-words";
import { tokenize } from "./tokens";

// Names without an office before them: in subject position ("Asim Munir said"), a spouse
// ("his wife, Peng Liyuan"), or with the office after them ("Jan Hamacek, chairman of …").

const NAME = "(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]*";
/** Courtesy titles, never part of a name: "Mr Zhang Dejiang", "Mme. Peng Liyuan", "Daw Aung San Suu Kyi". */
export const COURTESY_TITLE = "(?:Mr|Mrs|Ms|Dr|Madam|Madame|Mme|Daw)";
// "Mr Zhang Dejiang, chairman of …", "Mr Zhang said": the title before a name is left out.
const COURTESY = `(?:${COURTESY_TITLE}\\.?\\s+)?`;
// A caption's "(L)", "(2nd R)" after a name, and the day between a subject and its verb
// ("Jia Qinglin on Sunday arrived in Cape Town").
const CAPTION_MARK = "(?:\\s+\\((?:\\d(?:st|nd|rd|th)\\s+)?[LR](?:\\s+\\w+)?\\))?";
const ASIDE = `${CAPTION_MARK}(?:\\s+on\\s+\\p{Lu}[a-z]+day)?`;
const SUBJECT_VERB = new RegExp(
  `(?:^|[,;]\\s+|\\band\\s+|For (?:his|her) part,\\s+)${COURTESY}(${NAME})(?:\\s+and\\s+(${NAME}))?${ASIDE}\\s+(?:said|says|noted|stressed|added|told|met|meets|held|holds|attended|attends|chaired|expressed|pointed|emphasized|emphasised|asked|welcomed|received)\\b`,
  "gu",
);

// "Xi and his wife, Peng Liyuan, visited …": a spouse is named without an office.
// "his wife Mme. Peng Liyuan": the courtesy title is no part of the name.
const SPOUSE = new RegExp(`\\b(?:his|her)\\s+(?:wife|husband|spouse),?\\s+${COURTESY}(${NAME})`, "gu");

/** The spouses a sentence names ("his wife, Peng Liyuan"). */
export function spousesIn(sentence: string): string[] {
  return [...sentence.matchAll(SPOUSE)].map((match) => match[1]!).filter((name) => tokenize(name).every((token) => isNameWord(token)));
}

// "… a meeting with Jan Hamacek, chairman of the Chamber of Deputies", a caption's "Li Keqiang
// meets Sonia Gandhi, chief of …": the office after the name.
// "James Cleverly, the Secretary of State for Foreign, Commonwealth and Development Affairs of
// the United Kingdom": after "the", the office may be capitalised.
const HEADS = [...OFFICE_HEADS, "member"].join("|");
const CAPITAL_HEADS = [...OFFICE_HEADS].map((head) => `${head[0]!.toUpperCase()}${head.slice(1)}`).join("|");
const APPOSITIVE_OFFICE = new RegExp(
  `(?:^|\\b(?:with|by|meets|met)\\s+|[,;]\\s+)${COURTESY}(${NAME})${CAPTION_MARK},\\s+(?:(?:(?:the|an?)\\s+)?(?:[a-z-]+\\s+)?(?:${HEADS})|the\\s+(?:${CAPITAL_HEADS}))\\s+(?:of|to|for)\\b`,
  "gu",
);

// "Chinese President Xi Jinping's special representative Liu Guozhong attended …": an envoy's
// office, written in lower case after whose envoy they are.
const ENVOY = new RegExp(`['’]s\\s+(?:special\\s+)?(?:representative|envoy)\\s+${COURTESY}(${NAME})`, "gu");

// "Yu Zhengsheng, Liu Yunshan, Wang Qishan and Zhang Gaoli were present.", "A, B and others
// also attended the banquet.": a sentence that opens with a list of names and says they were there.
const LIST_PRESENT = /^(.+?)\s+(?:and others\s+)?(?:(?:were|was)\s+(?:also\s+)?present\b|(?:also\s+)?attended\b)/u;
const WHOLE_NAME = new RegExp(`^${NAME}$`, "u");

function namesListedPresent(sentence: string): string[] {
  const list = LIST_PRESENT.exec(sentence)?.[1];
  if (!list) return [];
  const items = list.split(/,\s+(?:and\s+)?|\s+and\s+/);
  if (items.length < 2 || !items.every((item) => WHOLE_NAME.test(item))) return [];
  return items;
}

// "Foreign Ministers Naledi Pandor of South Africa, Wang Yi of China and …": a caption's list
// under one plural office, each name with its country.
const PLURAL_OFFICE_LIST = /\b(?:Foreign Ministers|Prime Ministers|Presidents|Leaders)\s+(.+?)\s+(?:pose|posed|attend|attended|meet|met|at|during)\b/u;

function namesListedUnderOffice(sentence: string): string[] {
  const list = PLURAL_OFFICE_LIST.exec(sentence)?.[1];
  if (!list) return [];
  const items = list.split(/,\s+(?:and\s+)?|\s+and\s+(?=\p{Lu})/u).map((item) => /^(.+?)\s+of\s+(?:the\s+)?(.+)$/u.exec(item));
  return items.every((item) => item && countryOf(item[2]!)) ? items.map((item) => item![1]!) : [];
}

/** Untitled full names in subject position ("Asim Munir said", "A and B said"), spouses, envoys, names with their office after them, and lists of those present. */
export function untitledNames(sentence: string): string[] {
  return (
    [...sentence.matchAll(SUBJECT_VERB), ...sentence.matchAll(SPOUSE), ...sentence.matchAll(APPOSITIVE_OFFICE), ...sentence.matchAll(ENVOY)]
      .flatMap((match) => [match[1]!, match[2]].filter((name): name is string => name !== undefined))
      .concat(namesListedPresent(sentence), namesListedUnderOffice(sentence))
      // "Mr Yang made the remarks": a courtesy title and a surname are a short form of someone, no new name.
      .filter((name) => !COURTESY_FIRST.test(name) && tokenize(name).every((token) => isNameWord(token)))
  );
}

const COURTESY_FIRST = new RegExp(`^${COURTESY_TITLE}\\.?\\s`);
