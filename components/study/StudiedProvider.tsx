"use client";

import { createContext, useCallback, useContext, useMemo, type ReactNode } from "react";
import type { StudiedListBody } from "@/app/api/studied/route";
import type { Locale } from "@/i18n/routing";
import { forgetCachedReads, useApi } from "@/lib/client/use-api";
import { saveStudied } from "./studied-api";

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

export function StudiedProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const { data, error, mutate } = useApi<StudiedListBody>("/api/studied");

  const setStudied = useCallback(
    async (sectionId: string, value: boolean) => {
      const studiedAt = await saveStudied(locale, sectionId, value);
      forgetCachedReads("/api/studied");
      // The server answered with the new state: no need to read the list again.
      await mutate(
        (current) => {
          const others = (current?.sections ?? []).filter((section) => section.sectionId !== sectionId);
          return { sections: value && studiedAt ? [...others, { sectionId, studiedAt }] : others };
        },
        { revalidate: false },
      );
    },
    [locale, mutate],
  );

  const value = useMemo<StudiedContextValue>(
    () => ({
      status: data ? "ready" : error ? "error" : "loading",
      studied: new Map((data?.sections ?? []).map((section) => [section.sectionId, section.studiedAt])),
      setStudied,
    }),
    [data, error, setStudied],
  );
  return <StudiedContext.Provider value={value}>{children}</StudiedContext.Provider>;
}

export function useStudied(): StudiedContextValue {
  const value = useContext(StudiedContext);
  if (!value) throw new Error("useStudied must be used inside <StudiedProvider>");
  return value;
}
