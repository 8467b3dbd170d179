import type { DocumentAnalysis } from "../analysis";
import { splitClauses } from "../clauses";
import type { QuestionDraft } from "../draft";
import { documentVisitor } from "../event-context";
import { countriesIn, withArticle } from "../parties";
import type { Position } from "../positions";
import { countryOf } from "../../content/gazetteer";
import { boilerplate, boilerplateWord } from "./boilerplate";
import type { Occasion } from "./occasions";
import { distinctiveStems, overlaps, similar, stemsShared } from "./position-index";

// "On which occasion did Pakistan say it would ‘do its utmost to ensure the safety of
// Chinese personnel …’?", the visit's other occasions as wrong choices: what was agreed
// where, which a reader of the whole visit must keep apart. Asked of positions no fairer
// question fits. A wrong choice is an occasion where nothing like it was said, with none of
// the answer's counterparts (the same talks reported twice, or talks and the press
// conference after them, would be two right answers), attended by the party holding the
// position, and alike with the answer in every country the words name (Afghanistan in the
// words would point to the one occasion with Afghans).

const MAX_WORDS = 30;
const MIN_DISTINCTIVE = 3;
/** Half its telling words said on another occasion: said there too, as far as a reader can tell. */
const SAID_THERE_TOO = 0.5;
/** Below the choice questions that test the words themselves. */
const OCCASION_SCORE = 0.62;

/** The English middle of the prompt ("did China say it would “…”") and the Chinese (the quote after "：", as every quoted source text). */
type Ask = { en: string; zh: string };

function askOf(position: Position, words: string, visitor: string | null): Ask | null {
  const { holder, stance, form } = position;
  const plural = holder.key.startsWith("joint");
  const it = plural ? "they" : "it";
  // "the United States": a country as prose names it; "the two sides" as it stands.
  const H = plural ? holder.en : withArticle(holder.en);
  const quoted = `“${words}”`;
  // Whose visit: met among other visits' questions, "the visit" names none.
  const where = visitor ? `在${visitor}访问期间的哪一场合` : "在访问中的哪一场合";
  const zh = (verb: string) => `${holder.zh}${where}${verb}：${quoted}？`;
  switch (stance) {
    case "agree":
      return form === "verb" ? { en: `did ${H} agree to ${quoted}`, zh: zh("商定") } : null;
    // "表示将：“do its utmost …”" left 将 hanging before an English quote (the seed's examiner): a pledge is 承诺.
    case "pledge":
      return form === "verb"
        ? { en: `did ${H} say ${it} would ${quoted}`, zh: zh("承诺") }
        : { en: `did ${H} say ${it} ${plural ? "are" : "is"} committed to ${quoted}`, zh: zh("表示致力于") };
    case "support":
      return { en: `did ${H} say ${it} ${plural ? "support" : "supports"} ${quoted}`, zh: zh("表示支持") };
    case "oppose":
      return { en: `did ${H} say ${it} ${plural ? "oppose" : "opposes"} ${quoted}`, zh: zh("表示反对") };
    case "call":
      // "called for the two countries strive for …": a clause after "for" reads as broken English.
      return form === "noun" && !/^(?:the\s+)?(?:two|both|three|all)\s/i.test(words) ? { en: `did ${H} call for ${quoted}`, zh: zh("呼吁") } : null;
    case "should":
      // Who said that a party should is often another: the prompt names no speaker.
      return form === "verb" ? { en: `was it said that ${H} should ${quoted}`, zh: `${where}有人提出${holder.zh}应当：${quoted}？` } : null;
    default:
      // Hopes and views ("Friends should support and help each other", "relations have
      // enjoyed sound development") are said at every stop: which one heard them is no lesson.
      return null;
  }
}

/** "make unremitting efforts to this end": what "this" points to is left outside the quote. */
const POINTING = /\b(?:this|these|that|those|such)\s+\p{Ll}/u;

// "… would do its utmost to ensure … and stands ready to work with …": a second predicate in
// another verb form, which the question's "would" cannot carry.
const FINITE_AFTER_AND =
  /,?\s+and\s+(?:also\s+)?(?:stands|is|are|was|were|has|have|had|remains|supports|hopes|believes|welcomes|appreciates|expects|looks|wishes|calls|urges|opposes)\b/;

/** What is held, up to MAX_WORDS, cut at a clause's end: "deepen cooperation …, and …". */
function heldWords(position: Position): string | null {
  const whole = position.content.trim().replace(/[.;,\s]+$/, "");
  const content = whole.split(FINITE_AFTER_AND)[0]!;
  if (content.split(/\s+/).length <= MAX_WORDS) return content;
  let end = 0;
  for (const clause of splitClauses(content)) {
    const to = clause.start + clause.text.replace(/[,;\s]+$/, "").length;
    if (content.slice(0, to).split(/\s+/).length > MAX_WORDS) break;
    end = to;
  }
  return end > 0 ? `${content.slice(0, end)} …` : null;
}

/** Two occasions with a counterpart in common ("Amadou Toumani Toure" / "Amadou Toumany Toure" alike). */
function meetsAny(a: Occasion, b: Occasion): boolean {
  const surname = (name: string) => name.split(/\s+/).pop()!.toLowerCase();
  return [...a.counterparts].some((x) => [...b.counterparts].some((y) => overlaps(x, y) || surname(x) === surname(y)));
}

export function occasionQuestion(position: Position, document: DocumentAnalysis, section: string, occasions: Occasion[]): QuestionDraft | null {
  const at = occasions.find((occasion) => occasion.sections.includes(section));
  const words = heldWords(position);
  // "Pakistan is committed to the one-China policy": a stock line said at every meeting.
  // "closer ties between his country and …": a reporter's words, whose "his" the quote leaves behind.
  // "… supports “and supports the Maldives in …”": a quote that opens on a conjunction was cut at the wrong verb.
  if (
    !at ||
    !words ||
    /^(?:and|or|but|as well as)\s/i.test(words) ||
    boilerplate(words) ||
    POINTING.test(words) ||
    /one-China/i.test(words) ||
    /\b(?:his|her)\b/i.test(words) ||
    // "… business environment, said the premier": the reporter's attribution names the speaker.
    /\b(?:said|added|noted|stressed|told)\b/i.test(words)
  )
    return null;
  // A press conference reports what was agreed in the talks before it ("he and Bilawal agreed
  // to …" was agreed at the dialogue, announced to the press): where, is not sure.
  if (at.name.startsWith("joint press conference") && occasions.some((other) => other !== at && meetsAny(other, at))) return null;
  // Who took part is read from titles: where the holder is not found among them, neither is it trusted elsewhere.
  const attends = (occasion: Occasion) => position.holder.members.every((member) => occasion.parties.has(member));
  if (!attends(at)) return null;
  // "China does not seek self-interests, …": the quote would drop the "not".
  if (/\b(?:not|never|no longer)\s+$/i.test(position.sentence.text.slice(0, position.contentStart))) return null;
  const visitor = documentVisitor(document);
  const ask = askOf(position, words, visitor);
  // "work with Kenya to implement the important consensus reached by the two heads of
  // state": stock words and countries tell no occasion from another.
  const stems = distinctiveStems(
    words
      .split(/\s+/)
      .filter((word) => !boilerplateWord(word) && !countryOf(word.replace(/[^\p{L}-]/gu, "")))
      .join(" "),
  );
  if (!ask || stems.length < MIN_DISTINCTIVE) return null;
  // A person named in the words points to the occasion they attended.
  if (document.find(words).length > 0) return null;
  // "ensure the success of the Foreign Service Academy" at its "unveiling ceremony of the Foreign Service Academy".
  if (stemsShared(stems, at.name) > 0) return null;
  const named = countriesIn(words.replace(/-/g, " "));
  const sameCountries = (occasion: Occasion) => [...named].every((country) => occasion.parties.has(country) === at.parties.has(country));
  const saysIt = (occasion: Occasion) =>
    occasion.sentences.some((sentence) => similar(sentence, words) || stemsShared(stems, sentence) >= Math.max(2, SAID_THERE_TOO * stems.length));
  const wrong: Occasion[] = [];
  for (const occasion of occasions) {
    if (occasion === at || wrong.length === 3) continue;
    if (meetsAny(occasion, at)) continue;
    if (wrong.some((kept) => meetsAny(occasion, kept))) continue;
    if (!attends(occasion) || !sameCountries(occasion)) continue;
    if (stemsShared(stems, occasion.name) > 0 || saysIt(occasion)) continue;
    wrong.push(occasion);
  }
  if (wrong.length < 2) return null;
  return {
    section,
    kind: "occasion",
    prompt: { en: `On which occasion of ${visitor ? `${visitor}'s` : "the"} visit ${ask.en}?`, zh: ask.zh },
    answer: at.name,
    accept: [at.name],
    source: position.sentence.text,
    sourceLine: position.sentence.line,
    pool: wrong.map((occasion) => occasion.name),
    alsoCorrect: [],
    score: OCCASION_SCORE,
    asks: `occasion|${words}`,
  };
}
