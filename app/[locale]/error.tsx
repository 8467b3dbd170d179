"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import { Link } from "@/i18n/navigation";
import { forgetCachedReads } from "@/lib/client/use-api";

type Props = { error: Error & { digest?: string }; retry: () => void };

/**
 * What a page under /en or /zh shows when it fails unexpectedly: the header stays, the
 * page says so in the reader's language, and "Try again" reads the page's data again
 * (Next's retry, after dropping the cached reads). Focus moves to the heading, so
 * keyboard and screen-reader users land on the message.
 */
export default function LocaleError({ error, retry }: Props) {
  const t = useTranslations("ErrorPage");
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    console.error(error);
    headingRef.current?.focus();
  }, [error]);

  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6 sm:py-16" data-testid="error-page">
      <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-bold tracking-tight text-slate-900 focus:outline-none sm:text-4xl">
        {t("title")}
      </h1>
      <p role="alert" className="mt-4 max-w-2xl text-lg leading-relaxed text-slate-700">
        {t("description")}
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <button
          type="button"
          className={buttonPrimary}
          onClick={() => {
            forgetCachedReads();
            retry();
          }}
        >
          {t("retry")}
        </button>
        <Link href="/" className={buttonSecondary}>
          {t("backHome")}
        </Link>
      </div>
    </div>
  );
}
