"use client";

import { apiFetch, failureText } from "@/lib/client/api-fetch";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";

import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import { CardSection } from "@/components/ui/CardSection";
import { FieldRow } from "@/components/ui/FieldRow";
import { formatDateTime } from "@/lib/format/calendar-date";
import { FormFeedback } from "@/components/ui/FormFeedback";

type Created = { code: string; expiresAt: string };
type Feedback = { kind: "done" | "error"; text: string } | null;

function localTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * "Continue on another device": on the old device, make a one-time code (shown only
 * here, with its expiry); on the new one, enter it to become the same learner. Results
 * are announced in a status region, refusals (in the server's words, in the page's
 * language) in an alert tied to the control that caused them.
 */
export function TransferPanel({ onRedeemed }: { onRedeemed: () => void }) {
  const t = useTranslations("TransferPanel");
  const locale = useLocale();
  const fieldId = useId();
  const hintId = useId();
  const createErrorId = useId();
  const redeemErrorId = useId();
  const [created, setCreated] = useState<Created | null>(null);
  const [createFeedback, setCreateFeedback] = useState<Feedback>(null);
  const [redeemFeedback, setRedeemFeedback] = useState<Feedback>(null);
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState(false);

  const expiry = (instant: string) => formatDateTime(new Date(instant), locale, localTimeZone());
  const failureMessage = (failure: unknown) => failureText(failure, t("errorNetwork"));

  async function create() {
    setBusy(true);
    setCreateFeedback(null);
    try {
      const made = await apiFetch<Created>(locale, "/api/transfer-codes", { method: "POST", body: {} });
      setCreated(made);
      setCreateFeedback({ kind: "done", text: t("created", { code: made.code, time: expiry(made.expiresAt) }) });
    } catch (failure) {
      setCreated(null);
      setCreateFeedback({ kind: "error", text: failureMessage(failure) });
    } finally {
      setBusy(false);
    }
  }

  async function redeem(event: FormEvent) {
    event.preventDefault();
    setRedeemFeedback(null);
    if (!code.trim()) return setRedeemFeedback({ kind: "error", text: t("redeemEmpty") });
    setBusy(true);
    try {
      await apiFetch<{ continued: true }>(locale, "/api/transfer-codes/redeem", { method: "POST", body: { code } });
      setCode("");
      setCreated(null);
      setCreateFeedback(null);
      setRedeemFeedback({ kind: "done", text: t("redeemDone") });
      onRedeemed();
    } catch (failure) {
      setRedeemFeedback({ kind: "error", text: failureMessage(failure) });
    } finally {
      setBusy(false);
    }
  }

  const createError = createFeedback?.kind === "error";
  const redeemError = redeemFeedback?.kind === "error";

  return (
    <CardSection id="dashboard-transfer" title={t("heading")} headingClassName="mb-2 text-xl font-semibold" testId="transfer-panel">
      <p className="mb-4 text-slate-800">{t("intro")}</p>
      <div className="grid gap-6 md:grid-cols-2">
        <div className="space-y-3">
          <p className="text-slate-800">{t("createIntro")}</p>
          <button
            type="button"
            className={buttonSecondary}
            disabled={busy}
            aria-describedby={createError ? createErrorId : undefined}
            onClick={() => void create()}
          >
            {t("create")}
          </button>
          {created ? (
            <div data-testid="transfer-code">
              <p className="text-sm font-medium text-slate-700">{t("codeLabel")}</p>
              <p className="font-mono text-3xl font-bold tracking-widest text-slate-900" translate="no" data-testid="transfer-code-value">
                {created.code}
              </p>
              <p className="text-slate-800">{t("codeExpires", { time: expiry(created.expiresAt) })}</p>
            </div>
          ) : null}
          <p role="status" className="sr-only">
            {createFeedback?.kind === "done" ? createFeedback.text : ""}
          </p>
          <p id={createErrorId} role="alert" className="font-medium text-red-900 empty:hidden">
            {createError ? createFeedback.text : ""}
          </p>
        </div>
        <form onSubmit={(event) => void redeem(event)} className="space-y-2" noValidate>
          <FieldRow
            fieldId={fieldId}
            label={t("redeemLabel")}
            hint={
              <p id={hintId} className="text-sm text-slate-700">
                {t("redeemHint")}
              </p>
            }
          >
            <input
              id={fieldId}
              name="code"
              type="text"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={20}
              aria-invalid={redeemError || undefined}
              aria-describedby={redeemError ? `${hintId} ${redeemErrorId}` : hintId}
              className="w-44 rounded-md border border-slate-500 px-3 py-2 font-mono text-lg tracking-wider uppercase focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
            />
            <button type="submit" className={buttonPrimary} disabled={busy}>
              {t("redeem")}
            </button>
          </FieldRow>
          <FormFeedback
            done={redeemFeedback?.kind === "done" ? redeemFeedback.text : ""}
            error={redeemError ? redeemFeedback.text : ""}
            errorId={redeemErrorId}
          />
        </form>
      </div>
    </CardSection>
  );
}
