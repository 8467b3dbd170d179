"use client";

import { useEffect, useState, type ReactNode } from "react";
import { useRouter } from "@/i18n/navigation";
import { activeSession } from "./quiz-api";

/**
 * Shown when the page has no `?id=`: reopens the session this tab was running there
 * (after a language switch, say), or shows `fallback` when there is none.
 */
export function ResumeActiveSession({ basePath, fallback, loading }: { basePath: "/quiz/session" | "/review"; fallback: ReactNode; loading: ReactNode }) {
  const router = useRouter();
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    const id = activeSession(basePath);
    if (id) router.replace(`${basePath}?id=${encodeURIComponent(id)}`);
    // Session storage is only readable after mount.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    else setChecked(true);
  }, [basePath, router]);
  return checked ? fallback : loading;
}
