import { MONTH_PATTERN } from "../content/dates";
import { ENGLISH_ORDINALS } from "../text/english-ordinals";
import type { DocumentAnalysis, SectionAnalysis } from "./analysis";
import type { QuestionDraft } from "./draft";
import type { Sentence } from "./sentences";
import { eventContext } from "./event-context";
import { countriesIn } from "./parties";
import { quotedSentence } from "./render";
import { contextEn, contextZh } from "./position/cloze-text";
import { DATE_NUMBER, type Found, nearest, numbersIn, ordinalRun, withinTour } from "./number-choices";
import { worldKnown } from "./world-known-numbers";
import { clozeOf } from "./number-cloze";
import { countedBefore, joinedOrdinal, joinedYear, rankSaidBeside, spelledSpan, yearsSinceTold } from "./numbers-told";
import { escapeRegExp as escape } from "../text/escape-reg-exp";

// Number questions: "more than ____ kilometers", "the ____ round". The number is blanked
// in its sentence; wrong choices are numbers of the same kind near it (ordinals around an
// ordinal, years around a year, magnitudes around a quantity). Numbers inside dates are
// left alone: those belong to date questions.

const KIND_ORDER: Record<Found["kind"], number> = { ordinal: 0, quantity: 1, year: 2 };

const SCALE = /^\s*(?:billion|million|trillion|thousand|percent|per\s+cent|%)/i;

/** Another figure in the sentence with the same scale word ("… $30 billion" beside "$____ billion"). */
function sameScaleBeside(sentence: string, number: string): boolean {
  const at = sentence.indexOf(number);
  const scale = SCALE.exec(sentence.slice(at + number.length))?.[0]
    .trim()
    .toLowerCase();
  if (at < 0 || !scale) return false;
  return [...sentence.matchAll(/\d[\d,.]*/g)].some(
    (match) =>
      match.index !== at &&
      match[0] !== number &&
      SCALE.exec(sentence.slice(match.index + match[0].length))?.[0]
        .trim()
        .toLowerCase() === scale,
  );
}

const TOUR_TOLD =
  /\b(?:already|(?:has|have|had) (?:also )?taken|(?:also|which) took|after (?:visiting|his visit|stops?)|will (?:also )?(?:take|lead|bring) (?:him|her|them)|will also visit|following (?:visits?|stops?))\b/i;

// Time counted from when the words were said: "last year", "so far", "over the past ____ years".
const RELATIVE_TIME =
  /\b(?:(?:this|next|last|past) year|years? ago|so far|to date|this (?:meeting|session|summit)|(?:last|past) (?:____|\d+) (?:years|decades))\b/i;

/**
 * The context with the year the words were said: " (talks with X, said in 2010)",
 * "（…，2010年的说法）". A bare "(2006)" beside "last year" read as the year of the figure.
 */
function withYear(context: string, year: string | null, locale: "en" | "zh"): string {
  if (!year) return context;
  if (locale === "en") return context ? context.replace(/\)$/, `, said in ${year})`) : ` (said in ${year})`;
  return context ? context.replace(/）$/, `，${year}年的说法）`) : `（${year}年的说法）`;
}

/** A context that holds a number ("fourth round of …", "第四次…") may hold the answer. */
function countsSomething(context: { en: string; zh: string } | null): boolean {
  if (!context) return false;
  return (
    /\d|[一二三四五六七八九十百千]/.test(`${context.en}${context.zh}`) || ENGLISH_ORDINALS.some((word) => new RegExp(`\\b${word}\\b`, "i").test(context.en))
  );
}

/** An amount beside its conversion into another currency or unit, on either side of the brackets. */
function converted(number: string, sentence: string): boolean {
  const amount = "(\\d[\\d.,]*)\\s*(?:billion|million|trillion)?";
  const pair = new RegExp(`${amount}\\s+[\\p{L}.]+\\s*\\(\\s*(?:about\\s+|around\\s+|some\\s+|nearly\\s+)?(?:US)?\\$\\s*${amount}`, "u");
  const match = pair.exec(sentence);
  if (match !== null && (match[1] === number || match[2] === number)) return true;
  // "47 km (29 miles)": a distance or weight beside its conversion.
  const unit = "(?:km|kilometers|kilometres|miles|mi|meters|metres|feet|ft|kg|kilograms|pounds|lb|tons|tonnes|hectares|acres|square\\s+\\w+)";
  const measure = new RegExp(`(\\d[\\d.,]*)\\s*${unit}\\s*\\(\\s*(?:about\\s+|around\\s+|some\\s+|nearly\\s+)?(\\d[\\d.,]*)\\s*${unit}`, "iu").exec(sentence);
  return measure !== null && (measure[1] === number || measure[2] === number);
}

/**
 * "Mali, the second leg of his journey" where another report calls it the third leg: the
 * legs and stops of one tour are counted against each other, so a second count in the
 * document (right or wrong) leaves two defensible answers.
 */
function contradicted(number: string, sentence: string, documentText: string): boolean {
  const noun = new RegExp(`(?<![\\p{L}\\d])${escape(number)}\\s+(leg|stop|station)\\b`, "iu").exec(sentence)?.[1];
  if (!noun) return false;
  const ORDINAL = "\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final";
  return [...documentText.matchAll(new RegExp(`\\b(${ORDINAL})\\s+${noun}\\b`, "giu"))].some((match) => match[1]!.toLowerCase() !== number.toLowerCase());
}

export function numberQuestions(analysis: SectionAnalysis, document: DocumentAnalysis): QuestionDraft[] {
  const context = eventContext(analysis, document);
  const documentText = document.sections.flatMap((section) => section.sentences.map((sentence) => sentence.text)).join("\n");
  // "the China-LAC 2016 Year of Culture Exchange" during a 2016 visit: the year of the event asks nothing.
  const eventYear = analysis.section.date?.slice(0, 4);
  return analysis.sentences.flatMap((sentence: Sentence) => {
    if (sentence.fragment) return [];
    // One number a sentence, the most telling: the round of a meeting before a quantity, a
    // quantity before a year. "First" and "last" are read from the words around them.
    const numbers = numbersIn(sentence.text, Number(document.document.published.slice(0, 4)))
      .filter((number) => number.kind === "ordinal" || !DATE_NUMBER.test(sentence.text) || number.kind === "quantity")
      .filter((number) => !/^(?:first|1st)$/i.test(number.text))
      .filter((number) => !(/^(?:19|20)\d{2}$/.test(number.text) && number.text === eventYear))
      // "the People's Republic, founded in 1949": a year every reader knows.
      .filter((number) => number.text !== "1949")
      // "expected to exceed $____ billion, moving closer to the target of $30 billion": another
      // figure of the same scale bounds the answer, and rules out choices beyond it.
      .filter((number) => !sameScaleBeside(sentence.text, number.text))
      // "the 100th anniversary of the founding of the CPC" (1921) is a first lesson, not this visit's.
      .filter((number) => !worldKnown(sentence.text, number))
      // "the 21st century", "the third and last leg": the words around it give the number;
      // "The second one is …" counts a list, a position worth nothing; "more than 40 years"
      // stays true of any smaller number.
      // "the second half of last year": a half is one of two, and "third" or "fifth" reads as nonsense.
      .filter((number) => !new RegExp(`${escape(number.text)}\\s+(?:century|half|quarter|and\\s+(?:last|final))`, "i").test(sentence.text))
      // "the ____ and third sessions", "the second and ____ rounds": an ordinal joined to another
      // is bounded by it, and only its neighbour reads as the pair.
      .filter((number) => !(number.kind === "ordinal" && joinedOrdinal(sentence.text, number.text)))
      // "on the second day of his visit": which day of a trip a remark fell on is not worth learning.
      .filter((number) => !new RegExp(`${escape(number.text)}\\s+day\\s+of\\b`, "i").test(sentence.text))
      // "reviewed ____ years of friendship" in 2009, where the document says the ties were
      // forged in 1964: one fact, which the year's question asks.
      .filter((number) => !(number.kind === "quantity" && yearsSinceTold(number.text, sentence.text, documentText, eventYear)))
      // "In these ____ years, we have found a new path": which years, the sentence before says.
      .filter((number) => !new RegExp(`\\b(?:these|those)\\s+${escape(number.text)}\\s+years\\b`, "i").test(sentence.text))
      .filter((number) => !new RegExp(`^(?:The|the)\\s+${escape(number.text)}\\b`).test(sentence.text.trim()))
      // "some 150 countries": a head count of a news day, approximate, is no fact to learn.
      .filter(
        (number) =>
          !new RegExp(
            `(?:more than|over|nearly|almost|about|at least|less than|up to|some|around|roughly|approximately)\\s+${escape(number.text)}\\b`,
            "i",
          ).test(sentence.text),
      )
      // "6 billion euros ($6.7 billion)": a conversion gives either figure from the other.
      .filter((number) => !converted(number.text, sentence.text))
      // "1.4 billion Chinese people": a population is known before reading.
      .filter((number) => !new RegExp(`${escape(number.text)}\\s+(?:billion|million)\\s+(?:[A-Z][a-z]+\\s+)?people\\b`).test(sentence.text))
      // "ASEAN+3", "the 10+1 summit": a number inside a name is read, not recalled.
      .filter((number) => !new RegExp(`\\+\\s*${escape(number.text)}\\b|\\b${escape(number.text)}\\s*\\+`).test(sentence.text))
      // "WAM - 10th Oct, 2020", "the 5th of May": a day of a month is a date, not a count.
      .filter((number) => !new RegExp(`${escape(number.text)}\\s+(?:of\\s+)?(?:${MONTH_PATTERN})`).test(sentence.text))
      // "Wang Yi (3rd L) meets …", "Abe (2nd from L)": where someone stands in a photo.
      .filter((number) => !new RegExp(`${escape(number.text)}\\s+(?:[LR]|left|right|from\\s+(?:[LR]|left|right))\\b`, "i").test(sentence.text))
      // "trade stood at … in the first 10 months of 1999": the window of a statistic, not a fact
      // (and "the first 15 months of 1999" would be a choice).
      .filter((number) => !new RegExp(`${escape(number.text)}\\s+months\\s+of\\b`, "i").test(sentence.text))
      .filter((number) => !contradicted(number.text, sentence.text, documentText))
      // "APEC currently has ____ members: Australia, Brunei, …": the list after the colon counts it.
      .filter((number) => !new RegExp(`${escape(number.text)}\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+\\s*:[^.;]*,`, "u").test(sentence.text))
      // "Accra, the ____ stop of his tour, which has already taken him to Egypt": the stops it
      // names count the answer.
      .filter((number) => !(new RegExp(`${escape(number.text)}\\s+(?:leg|stop|station)\\b`, "i").test(sentence.text) && TOUR_TOLD.test(sentence.text)))
      // "the ____ theme year following the National Year and the Year of Language", "the ____ of
      // its kind following the previous two gatherings": the sentence counts what came before.
      .filter((number) => !(number.kind === "ordinal" && countedBefore(number.text).test(sentence.text)))
      // "Chairman of the SADC in ____ and 2011": a year joined to another is its neighbour.
      .filter((number) => !(number.kind === "year" && joinedYear(sentence.text, number.text)))
      .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind])
      .slice(0, 1);
    // "It has, over the past ____ years, brought about general peace": what "it" is (the UN
    // order, or reform and opening-up) the sentence before says, and the answer depends on it.
    // ("It is the first visit …", "It gives me great pleasure …" say what they are about.)
    if (/^(?:(?:It|They)\s+(?:has|have|had)\b|(?:Its|Their)\s)/.test(sentence.text.trim())) return [];
    return numbers.flatMap((number) => {
      const cloze = clozeOf(sentence.text, number.text);
      // "the ____ China-Arab States Summit and the ____ China-GCC Summit": one answer, two blanks.
      if (cloze.split("____").length > 2) return [];
      // "the ____ anniversary … over the past 40 years": the number stands elsewhere in the sentence.
      const digits = number.text.replace(/\D/g, "");
      // "the ____ anniversary … after three-quarters of a century": the sentence says it in words.
      if (spelledSpan(sentence.text, parseInt(digits, 10))) return [];
      if (digits && new RegExp(`(?<!\\d)${digits}(?!\\d)`).test(cloze.replace(/,/g, ""))) return [];
      if (number.kind === "ordinal" && rankSaidBeside(cloze)) return [];
      // "The two countries signed a free-trade agreement in ____" on a three-country tour:
      // which two is the event's to say, unless the sentence names them.
      const where = countriesIn(cloze.replace(/-/g, " ")).size >= 2 || countsSomething(context) ? null : context;
      // "… a Chinese president to the country since … ____ years ago": which country, the
      // sentence leaves to the one before it.
      const named = [...countriesIn(cloze.replace(/-/g, " "))].filter((country) => country !== "China");
      // "During the past ____-year-long development course of bilateral relations": whose?
      if (
        !where &&
        named.length === 0 &&
        !/\b(?:China|Chinese|Sino)-\p{Lu}/u.test(cloze) &&
        /\b(?:(?:the|this|that|his|her) (?:country|nation)|bilateral|the two (?:countries|sides)|both (?:countries|sides))\b/i.test(cloze) &&
        /\b(?:diplomatic|relations|relationship|ties|cooperation)\b/.test(cloze)
      )
        return [];
      // "We are now into our ____ year of diplomatic recognition": with no event to set it in
      // and no name in it, whose words and whose recognition the prompt cannot say.
      if (!where && !/\s[“"(]?\p{Lu}/u.test(cloze.replace(/^\W*\S+/, "").replace(/\bI\b/g, ""))) return [];
      // "This year marks the ____ anniversary of diplomatic ties", "ties forged ____ years ago",
      // "trade totalled $____ million last year", "so far, ____ countries have signed": counted
      // from which year, the prompt says ("said in 2006"); without a year it cannot be asked.
      // So is an anniversary ("the ____ anniversary of the founding of the PRC") and a
      // legislature's term ("the ____ National Parliament"): each year has its own.
      const counted =
        RELATIVE_TIME.test(cloze) ||
        (number.kind === "ordinal" &&
          (/\banniversary\b/i.test(cloze) ||
            // "China is Thailand's ____ largest source of investment": a ranking of its year.
            /____\s+(?:largest|biggest)\b/i.test(cloze) ||
            // "cooperation has entered its ____ decade": the decade of the year it was said.
            /____\s+decade\b/i.test(cloze) ||
            /____\s+(?:[A-Z][\w-]*\s+){0,3}(?:Parliament|Congress|Assembly|Legislature|Duma)\b/.test(cloze) ||
            // "the ____ Five-Year Plan", "the ____ Malaysia Plan": each five years have their own.
            /____\s+(?:Five-Year\s+Plan|(?:[A-Z][\w-]*\s+){1,2}Plan)\b/i.test(cloze) ||
            // "the ____ session of the Conference of the Parties", "the ____ ASEAN summit", "the
            // ____ round of S&ED": a recurring meeting's number is the year's, and the one before
            // or after fits as well.
            (!where &&
              /____\s+(?:[\p{L}-]+\s+){0,6}?(?:session|summit|Summit|Session|Dialogue|Consultations?|Forum|Conference|Meeting|round|Round)\b/u.test(cloze))));
      const relative = counted && !/\b(?:19|20)\d{2}\b/.test(cloze);
      const year = relative ? (analysis.section.date?.slice(0, 4) ?? null) : null;
      if (relative && !year) return [];
      const what =
        number.kind === "ordinal" ? { en: "ordinal", zh: "序数词" } : number.kind === "year" ? { en: "year", zh: "年份" } : { en: "number", zh: "数字" };
      return {
        section: analysis.section.id,
        kind: "number" as const,
        prompt: {
          en: `Fill in the missing ${what.en}${withYear(contextEn(where), year, "en")}: ${quotedSentence(cloze)}`,
          zh: `请填写句中空缺的${what.zh}${withYear(contextZh(where), year, "zh")}：${quotedSentence(cloze)}`,
        },
        answer: number.text,
        accept: [number.text, number.text.replace(/,/g, "")],
        source: sentence.text,
        sourceLine: sentence.line,
        pool: number.kind === "ordinal" ? ordinalRun(number.text, withinTour(number.near, sentence.text), sentence.text) : nearest(number, sentence.text),
        alsoCorrect: [],
        // The same number before the same words ("fourth round of China-Pakistan …") is one fact.
        asks: `${number.text}|${cloze.split("____")[1]?.trim().split(/\s+/).slice(0, 3).join(" ") ?? ""}`,
        score: number.kind === "ordinal" ? 0.85 : 0.75,
      };
    });
  });
}
