"use client";

import { useEffect } from "react";
import { useRouter } from "@/i18n/navigation";

const PREVIOUS_KEYS = new Set(["ArrowLeft", "k", "K"]);
const NEXT_KEYS = new Set(["ArrowRight", "j", "J"]);

// ← / K and → / J move between sections. Keys typed into a field, or pressed with a
// modifier (browser shortcuts such as Alt+← for "back"), are left alone.
export function SectionKeyboardNav({ previousHref, nextHref }: { previousHref: string | null; nextHref: string | null }) {
  const router = useRouter();

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      if (isEditable(event.target)) return;
      const href = PREVIOUS_KEYS.has(event.key) ? previousHref : NEXT_KEYS.has(event.key) ? nextHref : null;
      if (!href) return;
      event.preventDefault();
      router.push(href);
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [router, previousHref, nextHref]);

  return null;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true'], [role='textbox']") !== null;
}
