"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { AnswerFeedback } from "./AnswerFeedback";
import type { MatchGroup } from "@/lib/quiz/session-layout";
import type { AnswerResult, SessionQuestion } from "./quiz-api";
import type { SectionNames } from "@/lib/content/section-names";
import { ResultIcon } from "./ResultIcon";
import { MixedText } from "./text-lang";

type Props = {
  /** "headline": English headlines are the answers (Chinese labels on the left); "label": the reverse. */
  group: MatchGroup;
  questions: SessionQuestion[];
  /** The grid's answers, shuffled by the server: the right-hand column. */
  choices: string[];
  results: Record<string, AnswerResult>;
  onPair: (questionId: string, prompt: string, answer: string, remaining: number) => Promise<void>;
  sections: SectionNames;
};

const itemBase =
  "w-full rounded-md border-2 p-3 text-left focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-800 disabled:cursor-default";

/**
 * The matching round: prompts on the left (Chinese labels), answers on the right
 * (English headlines). Pick a left item with a click, Enter or Space, then its match on
 * the right; each pair is sent as an ordinary answer. No dragging needed.
 */
export function MatchRound({ group, questions, choices, results, onPair, sections }: Props) {
  const t = useTranslations("QuizFlow");
  const [selected, setSelected] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [hint, setHint] = useState("");
  const leftRefs = useRef<Record<string, HTMLButtonElement | null>>({});
  const rightRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  const rights = [...new Set(choices.length > 0 ? choices : questions.flatMap((q) => q.choices ?? []))];
  // An answer leaves the right-hand column once every row it belongs to is resolved, right
  // or wrong. A wrong pair never uses up the item wrongly chosen: it may be another row's.
  // (The server gives every row of a grid its own answer, so a resolved answer is no one else's.)
  const open = questions.filter((q) => !results[q.id]);
  const used = new Set(questions.map((q) => results[q.id]?.answer).filter((answer): answer is string => answer !== undefined));
  const selectedQuestion = questions.find((q) => q.id === selected);
  // A row shows its cue (the headline or label to match); the full prompt if there is none.
  const cueOf = (question: SessionQuestion) => question.cue ?? question.prompt;

  function choose(questionId: string) {
    const question = questions.find((q) => q.id === questionId);
    if (!question) return;
    setSelected(questionId);
    setHint(t("matchSelected", { prompt: cueOf(question) }));
    const firstFree = rights.find((right) => !used.has(right));
    if (firstFree) rightRefs.current[firstFree]?.focus();
  }

  async function pair(right: string) {
    if (busy) return;
    if (!selectedQuestion) {
      setHint(t("matchChooseLeftFirst"));
      const first = open[0];
      if (first) leftRefs.current[first.id]?.focus();
      return;
    }
    setBusy(true);
    setHint("");
    const remaining = open.length - 1;
    await onPair(selectedQuestion.id, cueOf(selectedQuestion), right, remaining);
    setSelected(null);
    setBusy(false);
    // Keyboard users continue with the next prompt still to pair.
    const nextOpen = open.find((q) => q.id !== selectedQuestion.id);
    if (nextOpen) leftRefs.current[nextOpen.id]?.focus();
  }

  return (
    <div data-testid="match-round">
      <p className="mb-4 text-lg font-semibold text-slate-950">{t("matchInstructions", { group })}</p>
      <div className="grid gap-6 md:grid-cols-2">
        <div>
          <h3 className="mb-2 font-semibold text-slate-800" id="match-left-heading">
            {t("matchColumn", { column: group === "headline" ? "label" : "headline" })}
          </h3>
          <ul className="space-y-2" aria-labelledby="match-left-heading">
            {questions.map((question) => {
              const result = results[question.id];
              if (result) {
                return (
                  <li
                    key={question.id}
                    data-question-id={question.id}
                    className={`${itemBase} ${result.correct ? "border-green-700 bg-green-50" : "border-red-700 bg-red-50"}`}
                  >
                    <span className="block font-medium">
                      <MixedText text={cueOf(question)} />
                    </span>
                    <span className="mt-1 flex items-start gap-1 text-sm">
                      <ResultIcon correct={result.correct} className="mt-0.5 h-4 w-4 shrink-0" />
                      <span>
                        <span className="font-semibold">{result.correct ? t("correct") : t("incorrect")}</span>{" "}
                        <span data-testid="match-given">{t.rich("matchPairedWith", { answer: () => <MixedText text={result.given} /> })}</span>
                      </span>
                    </span>
                    {result.correct ? null : (
                      <span className="mt-1 flex items-start gap-1 text-sm font-semibold text-green-900" data-testid="match-right">
                        <ResultIcon correct className="mt-0.5 h-4 w-4 shrink-0" />
                        <span>{t.rich("matchRightPair", { answer: () => <MixedText text={result.answer} /> })}</span>
                      </span>
                    )}
                  </li>
                );
              }
              return (
                <li key={question.id}>
                  <button
                    type="button"
                    ref={(node) => {
                      leftRefs.current[question.id] = node;
                    }}
                    data-question-id={question.id}
                    aria-pressed={selected === question.id}
                    onClick={() => choose(question.id)}
                    className={`${itemBase} ${selected === question.id ? "border-blue-700 bg-blue-50 font-semibold" : "border-slate-300 bg-white hover:bg-slate-50"}`}
                  >
                    <MixedText text={cueOf(question)} />
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
        <div>
          <h3 className="mb-2 font-semibold text-slate-800" id="match-right-heading">
            {t("matchColumn", { column: group })}
          </h3>
          <ul className="space-y-2" aria-labelledby="match-right-heading">
            {rights.map((right) => (
              <li key={right}>
                <button
                  type="button"
                  ref={(node) => {
                    rightRefs.current[right] = node;
                  }}
                  disabled={used.has(right)}
                  onClick={() => void pair(right)}
                  className={`${itemBase} ${used.has(right) ? "border-slate-200 bg-slate-100 text-slate-600 line-through" : "border-slate-300 bg-white hover:bg-slate-50"}`}
                >
                  <MixedText text={right} />
                </button>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <p className="mt-3 min-h-6 text-sm font-medium text-slate-800" aria-live="polite">
        {hint}
      </p>
      {open.length === 0 ? (
        <div className="mt-4 space-y-3">
          {questions.map((question) => {
            const result = results[question.id];
            return result ? <AnswerFeedback key={question.id} result={result} sections={sections} compact /> : null;
          })}
        </div>
      ) : null}
    </div>
  );
}
