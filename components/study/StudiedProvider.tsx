"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { fetchStudiedSections, saveStudied } from "./studied-api";

// Pages are prerendered without the learner; this leaf loads their studied sections
// after the page has loaded and shares them with the badges, the progress bar and the
// toggle below it. Until then `status` is "loading" and those render placeholders.
type Status = "loading" | "ready" | "error";

type StudiedContextValue = {
  status: Status;
  /** sectionId → ISO time it was marked studied. */
  studied: ReadonlyMap<string, string>;
  /** Saves the change, then updates every consumer. Throws if the server refuses. */
  setStudied: (sectionId: string, studied: boolean) => Promise<void>;
};

const StudiedContext = createContext<StudiedContextValue | null>(null);

export function StudiedProvider({ locale, children }: { locale: string; children: ReactNode }) {
  const [status, setStatus] = useState<Status>("loading");
  const [studied, setStudiedMap] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    let cancelled = false;
    fetchStudiedSections(locale)
      .then((sections) => {
        if (cancelled) return;
        setStudiedMap(new Map(sections.map((section) => [section.sectionId, section.studiedAt])));
        setStatus("ready");
      })
      .catch(() => {
        if (!cancelled) setStatus("error");
      });
    return () => {
      cancelled = true;
    };
  }, [locale]);

  const setStudied = useCallback(
    async (sectionId: string, value: boolean) => {
      const studiedAt = await saveStudied(locale, sectionId, value);
      setStudiedMap((previous) => {
        const next = new Map(previous);
        if (value && studiedAt) next.set(sectionId, studiedAt);
        else next.delete(sectionId);
        return next;
      });
      setStatus("ready");
    },
    [locale],
  );

  const value = useMemo(() => ({ status, studied, setStudied }), [status, studied, setStudied]);
  return <StudiedContext.Provider value={value}>{children}</StudiedContext.Provider>;
}

export function useStudied(): StudiedContextValue {
  const value = useContext(StudiedContext);
  if (!value) throw new Error("useStudied must be used inside <StudiedProvider>");
  return value;
}
