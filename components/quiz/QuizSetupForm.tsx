"use client";

import { apiFetch, failureText } from "@/lib/client/api-fetch";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState, type FormEvent } from "react";
import { useRouter } from "@/i18n/navigation";
import type { QuestionKind } from "@/lib/questions/types";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import { stashSession, type QuizMode, type QuizSession } from "./quiz-api";

export type SetupSection = { id: string; name: string; nameLang?: "en" | "zh"; labelZh: string | null };

type Choice = { sections: string[]; kinds: QuestionKind[]; count: number; mode: QuizMode };

const STORAGE_KEY = "quiz-setup:v1";
export const QUESTION_COUNTS = [5, 10, 15, 20] as const;
const MODES: QuizMode[] = ["choice", "typed", "mixed"];

/**
 * The quiz setup: every control starts on a sensible default (all sections, all kinds,
 * ten questions, multiple choice), so one click on "Start" begins a quiz. The last choice
 * is kept in localStorage; `?sections=<id>` (from a study page) preselects sections.
 */
export function QuizSetupForm({ sections, kinds }: { sections: SetupSection[]; kinds: readonly QuestionKind[] }) {
  const t = useTranslations("QuizSetup");
  const locale = useLocale();
  const router = useRouter();
  const errorId = useId();
  const [choice, setChoice] = useState<Choice>(() => ({ sections: sections.map((s) => s.id), kinds: [...kinds], count: 10, mode: "choice" }));
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  // After hydration: restore the last choice, then let the URL's preselection win.
  useEffect(() => {
    const known = new Set(sections.map((s) => s.id));
    let next: Choice | null = null;
    try {
      const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null") as Partial<Choice> | null;
      if (saved) {
        next = {
          sections: (saved.sections ?? []).filter((id) => known.has(id)),
          kinds: (saved.kinds ?? []).filter((kind) => kinds.includes(kind)),
          count: QUESTION_COUNTS.find((n) => n === saved.count) ?? 10,
          mode: MODES.find((m) => m === saved.mode) ?? "choice",
        };
        if (next.sections.length === 0) next.sections = sections.map((s) => s.id);
        if (next.kinds.length === 0) next.kinds = [...kinds];
      }
    } catch {
      // Unreadable storage: keep the defaults.
    }
    const wanted = new URLSearchParams(window.location.search)
      .getAll("sections")
      .flatMap((value) => value.split(","))
      .filter((id) => known.has(id));
    if (wanted.length > 0) next = { ...(next ?? choice), sections: wanted };
    // Syncing from browser storage is only possible after mount.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (next) setChoice(next);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function toggle<T extends string>(list: T[], value: T): T[] {
    return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
  }

  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (choice.sections.length === 0) return setError(t("errorNoSections"));
    if (choice.kinds.length === 0) return setError(t("errorNoKinds"));
    setError("");
    setBusy(true);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(choice));
    } catch {
      // Not remembered; the quiz still starts.
    }
    try {
      const all = choice.sections.length === sections.length;
      const allKinds = choice.kinds.length === kinds.length;
      const session = await apiFetch<QuizSession>(locale, "/api/quiz-sessions", {
        method: "POST",
        body: {
          ...(all ? {} : { sections: choice.sections }),
          ...(allKinds ? {} : { kinds: choice.kinds }),
          count: choice.count,
          mode: choice.mode,
          purpose: "quiz",
        },
      });
      stashSession(session);
      router.push(`/quiz/session?id=${encodeURIComponent(session.id)}`);
    } catch (failure) {
      setError(failureText(failure, t("errorNetwork")));
      setBusy(false);
    }
  }

  const allChecked = choice.sections.length === sections.length;

  return (
    <form onSubmit={start} noValidate aria-describedby={errorId} className="space-y-6">
      <fieldset className="rounded-lg border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t("sectionsLegend")}</legend>
        <div className="mb-3 flex flex-wrap gap-2">
          <button
            type="button"
            className={buttonSecondary}
            aria-pressed={allChecked}
            onClick={() => setChoice({ ...choice, sections: allChecked ? [] : sections.map((s) => s.id) })}
          >
            {allChecked ? t("clearSections") : t("allSections")}
          </button>
          <p className="self-center text-sm text-slate-700" aria-live="polite">
            {t("sectionsChosen", { count: choice.sections.length, total: sections.length })}
          </p>
        </div>
        <ul className="grid gap-2 sm:grid-cols-2">
          {sections.map((section) => (
            <li key={section.id}>
              <label className="flex cursor-pointer items-start gap-2 rounded-md p-2 hover:bg-slate-100">
                <input
                  type="checkbox"
                  className="mt-1 h-4 w-4"
                  checked={choice.sections.includes(section.id)}
                  onChange={() => setChoice({ ...choice, sections: toggle(choice.sections, section.id) })}
                />
                <span>
                  <span lang={section.nameLang}>{section.name}</span>
                  {section.labelZh && (
                    <span lang="zh" className="block text-sm text-slate-700">
                      {section.labelZh}
                    </span>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset className="rounded-lg border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t("kindsLegend")}</legend>
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {kinds.map((kind) => (
            <li key={kind}>
              <label className="flex cursor-pointer items-center gap-2 rounded-md p-2 hover:bg-slate-100">
                <input
                  type="checkbox"
                  className="h-4 w-4"
                  checked={choice.kinds.includes(kind)}
                  onChange={() => setChoice({ ...choice, kinds: toggle(choice.kinds, kind) })}
                />
                {t(`kind.${kind}`)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <div className="grid items-start gap-6 sm:grid-cols-2">
        <fieldset className="rounded-lg border border-slate-300 p-4">
          <legend className="px-1 text-lg font-semibold">{t("countLegend")}</legend>
          <div className="flex flex-wrap gap-3">
            {QUESTION_COUNTS.map((count) => (
              <label key={count} className="flex cursor-pointer items-center gap-2 rounded-md p-2 hover:bg-slate-100">
                <input type="radio" name="count" className="h-4 w-4" checked={choice.count === count} onChange={() => setChoice({ ...choice, count })} />
                {t("countOption", { count })}
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className="rounded-lg border border-slate-300 p-4">
          <legend className="px-1 text-lg font-semibold">{t("modeLegend")}</legend>
          <div className="flex flex-col gap-1">
            {MODES.map((mode) => (
              <label key={mode} className="flex cursor-pointer items-center gap-2 rounded-md p-2 hover:bg-slate-100">
                <input type="radio" name="mode" className="h-4 w-4" checked={choice.mode === mode} onChange={() => setChoice({ ...choice, mode })} />
                {t(`mode.${mode}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <p id={errorId} role="alert" className="min-h-6 font-medium text-red-800">
        {error}
      </p>

      <button type="submit" className={buttonPrimary} disabled={busy} aria-busy={busy}>
        {busy ? t("starting") : t("start")}
      </button>
    </form>
  );
}
