/**
 * An error that screen readers announce at once. Stays mounted while empty (and hidden),
 * so the region exists before its text arrives: regions that appear with their text are
 * not announced.
 */
export function ErrorAlert({ children, className = "p-3" }: { children: React.ReactNode; className?: string }) {
  return (
    <p role="alert" className={`rounded-md border-2 border-red-700 bg-red-50 font-medium text-red-900 empty:hidden ${className}`}>
      {children}
    </p>
  );
}
