"use client";

import { apiFetch } from "@/lib/client/api-fetch";
import { useAction } from "@/lib/client/use-action";
import { FieldRow } from "@/components/ui/FieldRow";
import { FormFeedback } from "@/components/ui/FormFeedback";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";

import { buttonSecondary } from "@/components/ui/styles";

type Imported = { imported: { answers: number; sessions: number; studied: number; alreadyThere: number; unknown: number } };

/**
 * Import of a JSON export (from this or another browser), merged into the learner's
 * progress. The result is announced in a status region; a refusal, in the server's words
 * and the page's language, in an alert tied to the file field.
 */
export function ImportProgress({ onImported }: { onImported: () => void }) {
  const t = useTranslations("Dashboard");
  const locale = useLocale();
  const fieldId = useId();
  const errorId = useId();
  const file = useRef<HTMLInputElement>(null);
  const [done, setDone] = useState("");
  const { busy, error, setError, run } = useAction(t("errorNetwork"));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone("");
    setError("");
    const chosen = file.current?.files?.[0];
    if (!chosen) return setError(t("importChooseFile"));
    let body: unknown;
    try {
      body = JSON.parse(await chosen.text());
    } catch {
      return setError(t("importNotJson"));
    }
    await run(async () => {
      const { imported } = await apiFetch<Imported>(locale, "/api/progress/import", { method: "POST", body });
      setDone(t("importDone", { answers: imported.answers, studied: imported.studied, alreadyThere: imported.alreadyThere }));
      onImported();
    });
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="mt-5 space-y-2" data-testid="import-progress">
      <FieldRow fieldId={fieldId} label={t("importLabel")}>
        <input
          id={fieldId}
          ref={file}
          type="file"
          accept="application/json,.json"
          aria-describedby={error ? errorId : undefined}
          className="max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-500 file:bg-white file:px-3 file:py-2 file:font-medium focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
        />
        <button type="submit" className={buttonSecondary} disabled={busy}>
          {t("importButton")}
        </button>
      </FieldRow>
      <FormFeedback done={done} error={error} errorId={errorId} />
    </form>
  );
}
