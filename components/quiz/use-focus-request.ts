"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export type FocusTarget = "next" | "question" | "grade";

/**
 * Focus follows the quiz: to "Next" after an answer, to the grades after a right answer
 * in a review, to the new question after "Next". A request waits until its target is
 * on screen (the first question arrives a render later): a ref holds it, a tick runs
 * the effect after the render that shows the target.
 */
export function useFocusRequest() {
  const nextRef = useRef<HTMLButtonElement>(null);
  const gradeRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pending = useRef<FocusTarget | null>(null);
  const [tick, setTick] = useState(0);

  const requestFocus = useCallback((target: FocusTarget) => {
    pending.current = target;
    setTick((value) => value + 1);
  }, []);

  useEffect(() => {
    // A typed question's field takes focus before its heading.
    const field = headingRef.current?.parentElement?.querySelector<HTMLInputElement>('input[type="text"]:not([readonly])');
    const targets: Record<FocusTarget, HTMLElement | null> = {
      next: nextRef.current,
      grade: gradeRef.current,
      question: field ?? headingRef.current,
    };
    const target = pending.current === null ? null : targets[pending.current];
    if (!target) return;
    pending.current = null;
    target.focus();
  }, [tick]);

  return { nextRef, gradeRef, headingRef, requestFocus };
}
