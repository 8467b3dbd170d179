// A tick or a cross beside the words "Correct" / "Not quite": the meaning never rests on
// colour alone, and the icon itself is hidden from screen readers (the words say it).
export function ResultIcon({ correct, className = "h-6 w-6" }: { correct: boolean; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth={3}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {correct ? <path d="M4 12.5l5 5L20 6.5" /> : <path d="M6 6l12 12M18 6L6 18" />}
    </svg>
  );
}
