import type { Locale } from "@/i18n/routing";
import type { Question } from "@/lib/questions/types";
import type { AnswerResult, PresentedQuestion } from "./api-types";
import { findInSource } from "./grade-answer";
import type { ReviewGrade } from "./schedule-card";
import { matchGroupOf, type SessionLayout } from "./session-layout";

// Turns bank questions and stored answers into API bodies. Pure: the section lookup
// (for a matching row's cue) is passed in.

export type SectionLabels = { title: string | null; labelZh: string | null };

export function presentQuestions(layout: SessionLayout, locale: Locale, sectionOf: (id: string) => SectionLabels | undefined): PresentedQuestion[] {
  const gridChoices = new Map<string, string[]>();
  for (const grid of layout.matching) for (const id of grid.questionIds) gridChoices.set(id, grid.choices);
  return layout.questions.map((question) => {
    const format = layout.formats[question.id] ?? "choice";
    const base = {
      id: question.id,
      kind: question.kind,
      section: question.section,
      prompt: question.prompt[locale],
      format,
      ...(question.choiceOnly ? { choiceOnly: true as const } : {}),
    };
    if (format === "typed") return base;
    if (format === "choice") return { ...base, choices: layout.choices[question.id] ?? [...question.choices] };
    return { ...base, choices: gridChoices.get(question.id) ?? [...question.choices], ...cueOf(question, sectionOf) };
  });
}

function cueOf(question: Question, sectionOf: (id: string) => SectionLabels | undefined): { cue?: string } {
  const section = sectionOf(question.section);
  const cue = matchGroupOf(question) === "label" ? section?.title : section?.labelZh;
  return cue ? { cue } : {};
}

export function presentResult(
  question: Question,
  answer: { given: string; correct: boolean; overridden: boolean; answeredAt: Date },
  format: PresentedQuestion["format"],
  grading?: { grade: ReviewGrade | null; grades: Record<ReviewGrade, Date> } | null,
): AnswerResult {
  const review = grading
    ? {
        grade: grading.grade,
        grades: Object.fromEntries(Object.entries(grading.grades).map(([grade, due]) => [grade, due.toISOString()])) as Record<ReviewGrade, string>,
      }
    : {};
  return {
    questionId: question.id,
    correct: answer.correct,
    answer: question.answer,
    source: question.source,
    sourceLine: question.sourceLine,
    section: question.section,
    highlight: findInSource(question.source, [question.answer, ...question.accept]),
    given: answer.given,
    overridable: format === "typed" && !answer.correct && !answer.overridden,
    overridden: answer.overridden,
    answeredAt: answer.answeredAt.toISOString(),
    ...review,
  };
}
