"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import type { AnswerResult, SessionQuestion } from "./quiz-api";
import { buttonPrimary } from "@/components/ui/styles";
import { FieldRow } from "@/components/ui/FieldRow";
import { MixedText } from "./text-lang";

type Props = {
  question: SessionQuestion;
  result: AnswerResult | undefined;
  onAnswer: (questionId: string, answer: string) => Promise<void>;
};

/** A typed answer, graded leniently by the server (case, punctuation, a small typo). */
export function TypedQuestion({ question, result, onAnswer }: Props) {
  const t = useTranslations("QuizFlow");
  const inputId = useId();
  const hintId = useId();
  const [value, setValue] = useState("");
  const [busy, setBusy] = useState(false);
  const [hint, setHint] = useState("");
  const answered = result !== undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (answered || busy) return;
    if (!value.trim()) {
      setHint(t("typeFirst"));
      return;
    }
    setHint("");
    setBusy(true);
    await onAnswer(question.id, value.trim());
    setBusy(false);
  }

  return (
    <form onSubmit={submit} data-question-id={question.id} data-question-kind={question.kind} noValidate>
      <FieldRow
        fieldId={inputId}
        label={<MixedText text={question.prompt} />}
        labelClassName="mb-4 block text-xl leading-snug font-semibold text-slate-950"
        align="start"
      >
        <input
          id={inputId}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={answered ? result.given : value}
          onChange={(event) => setValue(event.target.value)}
          readOnly={answered}
          aria-describedby={hintId}
          aria-invalid={hint ? true : undefined}
          className="min-h-11 w-full max-w-md rounded-md border-2 border-slate-500 px-3 py-2 read-only:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
        />
        {!answered ? (
          <button type="submit" className={buttonPrimary} disabled={busy}>
            {t("check")}
          </button>
        ) : null}
      </FieldRow>
      <p id={hintId} className="mt-2 text-sm text-slate-700" aria-live="polite">
        {hint ? <span className="font-medium text-red-900">{hint}</span> : t("typedHint")}
      </p>
    </form>
  );
}
