"use client";

import { readSpeechRate } from "./speech-settings";
import { speak, useHasVoice, type SpeechLanguage } from "./voices";

type ListenButtonProps = { text: string; language: SpeechLanguage; label: string };

/** Reads `text` aloud in Mandarin or English; absent where the browser has no such voice. */
export function ListenButton({ text, language, label }: ListenButtonProps) {
  const hasVoice = useHasVoice(language);
  if (!hasVoice) return null;
  return (
    <button
      type="button"
      onClick={() => speak(text, language, readSpeechRate())}
      aria-label={label}
      className="inline-flex min-h-9 min-w-9 items-center justify-center gap-1 rounded-md border border-slate-400 bg-white px-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
        <path d="M3 8v4h3l4 3V5L6 8H3zm10.5 2a3.5 3.5 0 0 0-2-3.2v6.4a3.5 3.5 0 0 0 2-3.2zm-2-6.8v1.6a5.5 5.5 0 0 1 0 10.4v1.6a7 7 0 0 0 0-13.6z" />
      </svg>
    </button>
  );
}
