"use client";

import { useId } from "react";
import { SPEECH_RATES, useSpeechRate } from "./speech-settings";
import { useHasVoice } from "./voices";

type SpeechRateProps = { label: string; rateNames: Record<string, string> };

/** The speech rate for every listen button, remembered; hidden when no voice at all. */
export function SpeechRate({ label, rateNames }: SpeechRateProps) {
  const id = useId();
  const [rate, setRate] = useSpeechRate();
  const zh = useHasVoice("zh");
  const en = useHasVoice("en");
  if (!zh && !en) return null;
  return (
    <span className="inline-flex items-center gap-2 text-sm">
      <label htmlFor={id} className="font-medium text-slate-700">
        {label}
      </label>
      <select
        id={id}
        value={String(rate)}
        onChange={(event) => setRate(Number(event.target.value))}
        className="min-h-9 rounded-md border border-slate-400 bg-white px-2"
      >
        {SPEECH_RATES.map((value) => (
          <option key={value} value={String(value)}>
            {rateNames[String(value)] ?? `${value}×`}
          </option>
        ))}
      </select>
    </span>
  );
}
