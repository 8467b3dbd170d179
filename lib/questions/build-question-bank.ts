import { labelEvent } from "../content/label";
import { reportDate } from "../content/event-date";
import type { ParsedDocument } from "../content/types";
import { analyseDocument } from "./analysis";
import { assemble } from "./assemble";
import { KIND_TRAITS } from "./kinds";
import { givenAway } from "./giveaway";
import { documentVisitor } from "./event-context";
import type { QuestionDraft } from "./draft";
import { dateQuestions } from "./make-date";
import { labelPools, labelQuestions } from "./make-label";
import { positionQuestions } from "./make-position";
import { numberQuestions } from "./make-number";
import { cityPool, placeQuestions } from "./make-place";
import { quoteQuestions } from "./make-quote";
import { participantQuestions } from "./make-participant";
import type { BuildQuestionBank, Question, QuestionBank } from "./types";
// Issue 10: questions across the two languages (kept apart from the makers above).
import { SHARED_GLOSSARY } from "../glossary/shared-glossary";
import { type ZhNames, localizeZh } from "./localize-zh";
import { peopleByLabel } from "./person-label-zh";
import { peopleByOffice } from "./person-zh";
import { termQuestions } from "./make-term";

// The question bank of one parsed document: pure and deterministic. The same document
// and seed give the same questions, ids and choice order on every run and machine.
//
// Pipeline: analysis.ts reads the document once (sentences.ts, people.ts, mentions.ts,
// events.ts → people, event frames and participants per section); each make-*.ts turns
// one kind of fact into drafts with a pool of same-type candidates; assemble.ts drops
// repeats, ambiguous and give-away prompts, draws wrong choices (choices.ts) with a
// per-question seeded PRNG (random.ts) and gives each question its stable id.
// check-bank.ts states the quality rules as code, for tests and authors.

const DEFAULT_SEED = 20230506;

export const buildQuestionBank: BuildQuestionBank = (document: ParsedDocument, options = {}): QuestionBank => {
  const analysis = analyseDocument(document);
  const visitor = documentVisitor(analysis);
  const labels = labelPools(analysis);
  const places = cityPool(analysis);
  const captions = document.sections.flatMap((section) => (section.caption ? [section.caption.text] : []));
  const confirmedDate = (draft: QuestionDraft) => {
    const section = document.sections.find((candidate) => candidate.id === draft.section);
    return draft.kind === "date" && section?.date != null && reportDate(section, document.published) === section.date;
  };
  const tripDates = [...new Set(document.sections.map((section) => section.date).filter((date): date is string => date !== null))];
  const drafts: QuestionDraft[] = analysis.sections
    .flatMap((section) => [
      ...participantQuestions(section, analysis),
      ...dateQuestions(section, document.published, tripDates, analysis.sections),
      ...labelQuestions(section, labels),
      ...placeQuestions(section, places, analysis),
      ...numberQuestions(section, analysis),
      ...quoteQuestions(section, analysis),
    ])
    .concat(positionQuestions(analysis))
    // A photo caption may show another moment than the report: no fact of the event comes from
    // it, but for a date the report itself gives the event (its "on Tuesday" is the caption's day).
    .filter((draft) => !KIND_TRAITS[draft.kind].eventFact || !captions.some((caption) => caption.includes(draft.source)) || confirmedDate(draft));
  const byLabel = peopleByLabel(analysis, options.glossary ?? SHARED_GLOSSARY);
  return {
    file: document.file,
    published: document.published,
    sections: analysis.sections.map(({ section, participants }) => ({
      id: section.id,
      index: section.index,
      title: section.title,
      labelZh: section.labelZh,
      date: section.date,
      place: section.place,
      participants,
    })),
    questions: bilingual(document, assemble(drafts, options.seed ?? DEFAULT_SEED, visitor), options, {
      // The document's own label for a person (会见菅义伟) first, then country and office.
      people: new Map([...peopleByOffice(analysis), ...byLabel.people]),
      names: byLabel.namesAlone,
      labelled: byLabel.people,
      labels: new Map(document.sections.flatMap((section) => (section.labelZh ? [[section.id, labelEvent(section.labelZh)] as const] : []))),
    }),
  };
};

/**
 * Issue 10, applied to the finished questions: Chinese prompts name people and places in
 * Chinese (localize-zh.ts), and the glossary's terms are asked across the two languages
 * (make-term.ts).
 */
function bilingual(document: ParsedDocument, questions: QuestionBank["questions"], options: Parameters<BuildQuestionBank>[1] = {}, zhNames: ZhNames = {}) {
  const glossary = options.glossary ?? SHARED_GLOSSARY;
  return (
    localizeZh(questions, glossary, zhNames)
      // "赵乐际会见巴基斯坦总理时，哪一方表示……" for Pakistan: a name put into Chinese may name the
      // answer the English prompt left out; such a question is dropped, as the assembler drops
      // an English one.
      .filter((question) => givenAway(question.prompt, question.answer, question.accept).length === 0)
      .filter(onceEachChinesePrompt())
      .map(choiceOnlyName)
      .concat(termQuestions(document, glossary, options.seed ?? DEFAULT_SEED))
  );
}

/**
 * Two sections reporting one meeting ("in Tirana" and "in Tirana, Albania") ask one question
 * twice, which their Chinese prompts show (阿尔巴尼亚总理拉马在地拉那会见王毅是在哪一天？): the first is kept.
 */
function onceEachChinesePrompt() {
  const asked = new Set<string>();
  return (question: Question) => {
    if (asked.has(question.prompt.zh)) return false;
    asked.add(question.prompt.zh);
    return true;
  };
}

const HAN = /\p{Script=Han}/u;

/**
 * "谁会见了王毅？" invites a Chinese answer: a person whose name the app has in no Chinese form
 * (no glossary entry, no section label) could only be graded in English, so it stays a choice.
 */
function choiceOnlyName(question: Question): Question {
  const person = question.kind === "participant" || question.kind === "quote";
  return person && question.choices.length >= 3 && !question.accept.some((form) => HAN.test(form)) ? { ...question, choiceOnly: true } : question;
}
