"use client";

import { useSyncExternalStore } from "react";

// Speech through the browser's own speechSynthesis: no server, no third-party service.
// A language is speakable only when the browser has a voice for it; voices load late in
// some browsers, so the answer is a store that follows `voiceschanged`.

export type SpeechLanguage = "zh" | "en";
const TAGS: Record<SpeechLanguage, string> = { zh: "zh-CN", en: "en-US" };

function synth(): SpeechSynthesis | null {
  return typeof window !== "undefined" && "speechSynthesis" in window ? window.speechSynthesis : null;
}

/** The best voice for a language: its exact tag (zh-CN, en-US) first, then any of the language. */
export function voiceFor(language: SpeechLanguage): SpeechSynthesisVoice | null {
  const voices = synth()?.getVoices() ?? [];
  const tag = TAGS[language].toLowerCase();
  const normal = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().replace("_", "-");
  return voices.find((voice) => normal(voice) === tag) ?? voices.find((voice) => normal(voice).startsWith(language)) ?? null;
}

function subscribe(onChange: () => void): () => void {
  const speech = synth();
  if (!speech) return () => {};
  speech.addEventListener?.("voiceschanged", onChange);
  return () => speech.removeEventListener?.("voiceschanged", onChange);
}

export function useHasVoice(language: SpeechLanguage): boolean {
  return useSyncExternalStore(
    subscribe,
    () => voiceFor(language) !== null,
    () => false,
  );
}

export function speak(text: string, language: SpeechLanguage, rate: number): void {
  const speech = synth();
  if (!speech) return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = TAGS[language];
  const voice = voiceFor(language);
  if (voice) utterance.voice = voice;
  utterance.rate = rate;
  speech.cancel();
  speech.speak(utterance);
}
