"use client";

import { useEffect, useSyncExternalStore } from "react";

// One polite live region per page for the glossary cards: a card that opens announces its
// Chinese and pinyin here (one region, not one per term, so screen readers and tests find
// a single announcer). GlossaryTerm calls announceTerm.
//
// The latest announcement is kept outside React: a term can hydrate, take focus and announce
// before this region has hydrated and subscribed, and an event sent then would be lost (the
// region stayed empty for a card already open).

const EVENT = "glossary-term-announce";
type Announcement = { zh: string; pinyin: string } | null;

let latest: Announcement = null;

export function announceTerm(announcement: Announcement): void {
  latest = announcement;
  window.dispatchEvent(new Event(EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(EVENT, onChange);
  return () => window.removeEventListener(EVENT, onChange);
}

const current = () => latest;
const onServer = () => null;

export function TermAnnouncer() {
  const said = useSyncExternalStore(subscribe, current, onServer);
  // A card open when its page is left says nothing on the next page.
  useEffect(
    () => () => {
      latest = null;
    },
    [],
  );
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
