"use client";

import { useState } from "react";
import { failureText } from "./api-fetch";

/**
 * One write a form or button starts: `busy` while it runs (buttons disable), and its
 * failure as text to show in an alert (the API's message, or `fallback` when the
 * network failed). `run` clears the last error first.
 */
export function useAction(fallback: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  async function run(action: () => Promise<void>): Promise<void> {
    setBusy(true);
    setError("");
    try {
      await action();
    } catch (failure) {
      setError(failureText(failure, fallback));
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, setError, run };
}
