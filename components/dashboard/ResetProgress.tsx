"use client";

import { apiFetch } from "@/lib/client/api-fetch";
import { useAction } from "@/lib/client/use-action";
import { useLocale, useTranslations } from "next-intl";
import { useRef } from "react";

import { buttonDanger, buttonSecondary } from "@/components/ui/styles";

/**
 * "Reset progress" behind a confirmation: a modal <dialog> (focus stays inside, Escape
 * cancels, focus returns to the button), with "Cancel" focused first as the safe choice.
 */
export function ResetProgress({ onReset }: { onReset: () => void }) {
  const t = useTranslations("Dashboard");
  const locale = useLocale();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const { busy, error, setError, run } = useAction(t("errorNetwork"));

  function open() {
    setError("");
    dialogRef.current?.showModal();
    cancelRef.current?.focus();
  }

  function close() {
    dialogRef.current?.close();
  }

  async function confirm() {
    await run(async () => {
      await apiFetch(locale, "/api/progress", { method: "DELETE", body: { confirm: true } });
      close();
      onReset();
    });
  }

  return (
    <>
      <button type="button" ref={triggerRef} className={buttonDanger} onClick={open}>
        {t("reset")}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby="reset-dialog-title"
        aria-describedby="reset-dialog-description"
        onClose={() => triggerRef.current?.focus()}
        className="m-auto max-w-md rounded-lg border border-slate-300 p-6 shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id="reset-dialog-title" className="text-xl font-bold text-slate-950">
          {t("resetTitle")}
        </h2>
        <p id="reset-dialog-description" className="mt-2 text-slate-800">
          {t("resetDescription")}
        </p>
        <p role="alert" className="mt-2 font-medium text-red-900 empty:hidden">
          {error}
        </p>
        <div className="mt-5 flex flex-wrap justify-end gap-3">
          <button type="button" ref={cancelRef} className={buttonSecondary} onClick={close}>
            {t("resetCancel")}
          </button>
          <button type="button" className={buttonDanger} onClick={() => void confirm()} disabled={busy}>
            {t("resetConfirm")}
          </button>
        </div>
      </dialog>
    </>
  );
}
