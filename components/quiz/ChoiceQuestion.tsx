"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent as ReactKeyboardEvent } from "react";
import type { AnswerResult, SessionQuestion } from "./quiz-api";
import { ResultIcon } from "./ResultIcon";
import { buttonPrimary } from "@/components/ui/styles";
import { MixedText } from "./text-lang";

type Props = {
  question: SessionQuestion;
  result: AnswerResult | undefined;
  onAnswer: (questionId: string, answer: string) => Promise<void>;
  /** Set in a typed or mixed session where this question stays multiple choice, saying why: its kind of answer, or a name without Chinese. */
  staysChoice?: "kind" | "name";
};

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.tagName === "TEXTAREA" || (target.tagName === "INPUT" && (target as HTMLInputElement).type !== "radio"))
  );
}

/**
 * A multiple-choice question: the keys 1–4 pick a choice, Enter checks it. The choices
 * are native radio buttons, so arrow keys and screen readers work as everywhere else.
 */
export function ChoiceQuestion({ question, result, onAnswer, staysChoice }: Props) {
  const t = useTranslations("QuizFlow");
  const choices = useMemo(() => question.choices ?? [], [question.choices]);
  const [selected, setSelected] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [hint, setHint] = useState("");
  const radios = useRef<(HTMLInputElement | null)[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const answered = result !== undefined;

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (answered || busy) return;
    if (selected === null) {
      setHint(t("chooseFirst"));
      return;
    }
    setHint("");
    setBusy(true);
    await onAnswer(question.id, selected);
    setBusy(false);
  }

  // Digits pick a choice from anywhere on the page (but not while typing in a field).
  useEffect(() => {
    if (answered) return;
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isTextField(event.target)) return;
      const digit = Number(event.key);
      if (Number.isInteger(digit) && digit >= 1 && digit <= Math.min(4, choices.length)) {
        event.preventDefault();
        setSelected(choices[digit - 1] ?? null);
        radios.current[digit - 1]?.focus();
      } else if (event.key === "Enter" && (event.target === document.body || event.target === null)) {
        event.preventDefault();
        formRef.current?.requestSubmit();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [answered, choices]);

  function onFormKey(event: ReactKeyboardEvent<HTMLFormElement>) {
    // Enter on a radio button checks the answer (browsers do not submit from radios).
    if (event.key === "Enter" && event.target instanceof HTMLInputElement && event.target.type === "radio") {
      event.preventDefault();
      void submit();
    }
  }

  return (
    <form ref={formRef} onSubmit={submit} onKeyDown={onFormKey} data-question-id={question.id} data-question-kind={question.kind}>
      <fieldset disabled={answered}>
        <legend className="mb-4 text-xl leading-snug font-semibold text-slate-950">
          <MixedText text={question.prompt} />
        </legend>
        {staysChoice ? (
          <p className="mb-2 inline-block rounded border border-slate-500 bg-slate-50 px-2 py-1 text-sm font-medium text-slate-900" data-testid="stays-choice">
            {t(staysChoice === "name" ? "staysChoiceName" : "staysChoice")}
          </p>
        ) : null}
        <p className="mb-3 text-sm text-slate-700">{t("choiceKeysHint", { count: Math.min(4, choices.length) })}</p>
        <ul className="space-y-2">
          {choices.map((choice, index) => {
            const isChosen = answered ? result.given === choice : selected === choice;
            const isRight = answered && result.answer === choice;
            return (
              <li key={choice}>
                <label
                  className={`flex cursor-pointer items-center gap-3 rounded-md border-2 p-3 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-800 ${
                    isChosen ? "border-blue-700 bg-blue-50" : "border-slate-300 hover:bg-slate-50"
                  } ${answered && isRight ? "border-green-700 bg-green-50" : ""}`}
                >
                  <input
                    ref={(node) => {
                      radios.current[index] = node;
                    }}
                    type="radio"
                    name={`choice-${question.id}`}
                    value={choice}
                    checked={isChosen}
                    onChange={() => setSelected(choice)}
                    className="h-4 w-4 shrink-0"
                  />
                  <span
                    aria-hidden="true"
                    className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded border border-slate-500 font-mono text-sm"
                  >
                    {index + 1}
                  </span>
                  <span className="grow">
                    <MixedText text={choice} />
                  </span>
                  {answered && (isRight || isChosen) ? (
                    <span className={`flex shrink-0 items-center gap-1 text-sm font-semibold ${isRight ? "text-green-900" : "text-red-900"}`}>
                      <ResultIcon correct={isRight} className="h-5 w-5" />
                      {isRight ? t("markRight") : t("markYours")}
                    </span>
                  ) : null}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {!answered ? (
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonPrimary} disabled={busy}>
            {t("check")}
          </button>
          <p className="text-sm font-medium text-red-900" aria-live="polite">
            {hint}
          </p>
        </div>
      ) : null}
    </form>
  );
}
