"use client";

import { useSyncExternalStore } from "react";
import { PINYIN_KEY } from "./pinyin-boot";

// The learner's listening and reading preferences, kept in localStorage so they hold
// across pages and visits: speech rate, and whether pinyin shows above Chinese labels.
// Each is a tiny external store read with useSyncExternalStore (nothing on the server).

const CHANGE = "visit-study-preferences";
const RATE_KEY = "speechRate";
export const SPEECH_RATES = [0.6, 0.8, 1, 1.2] as const;

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGE, onChange);
    window.removeEventListener("storage", onChange);
  };
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Private mode: the choice holds for this page only.
  }
  window.dispatchEvent(new Event(CHANGE));
}

export function readSpeechRate(): number {
  const rate = Number(read(RATE_KEY));
  return (SPEECH_RATES as readonly number[]).includes(rate) ? rate : 1;
}

export function useSpeechRate(): [number, (rate: number) => void] {
  const rate = useSyncExternalStore(subscribe, readSpeechRate, () => 1);
  return [rate, (next) => write(RATE_KEY, String(next))];
}

export function usePinyinShown(): [boolean, (shown: boolean) => void] {
  const shown = useSyncExternalStore(
    subscribe,
    () => read(PINYIN_KEY) === "on",
    () => false,
  );
  return [
    shown,
    (next) => {
      document.documentElement.dataset.pinyin = next ? "on" : "off";
      write(PINYIN_KEY, next ? "on" : "off");
    },
  ];
}
