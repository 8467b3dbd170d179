"use client";

import { useEffect, useState } from "react";

// One polite live region per page for the glossary cards: a card that opens announces its
// Chinese and pinyin here (one region, not one per term, so screen readers and tests find
// a single announcer). GlossaryTerm calls announceTerm.

const EVENT = "glossary-term-announce";
type Announcement = { zh: string; pinyin: string } | null;

export function announceTerm(announcement: Announcement): void {
  window.dispatchEvent(new CustomEvent<Announcement>(EVENT, { detail: announcement }));
}

export function TermAnnouncer() {
  const [said, setSaid] = useState<Announcement>(null);
  useEffect(() => {
    const listen = (event: Event) => setSaid((event as CustomEvent<Announcement>).detail);
    window.addEventListener(EVENT, listen);
    return () => window.removeEventListener(EVENT, listen);
  }, []);
  return (
    <div aria-live="polite" className="sr-only" data-testid="term-announcer">
      {said ? (
        <>
          <span lang="zh">{said.zh}</span>, <span lang="zh-Latn">{said.pinyin}</span>
        </>
      ) : null}
    </div>
  );
}
