// A tick in a filled circle for "studied", an empty circle for "not yet": the words
// beside it carry the meaning, so the icon is hidden from screen readers.
export function StudiedIcon({ studied, className = "h-5 w-5" }: { studied: boolean; className?: string }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className={className}>
      {studied ? (
        <>
          <circle cx="10" cy="10" r="9" fill="currentColor" />
          <path d="M5.5 10.5l3 3 6-6.5" fill="none" stroke="white" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
        </>
      ) : (
        <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
      )}
    </svg>
  );
}
