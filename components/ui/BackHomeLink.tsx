import { Link } from "@/i18n/navigation";

/** "← All sections": back to the home page, above a page's title. */
export function BackHomeLink({ label }: { label: string }) {
  return (
    <p>
      <Link href="/" className="inline-flex min-h-11 items-center gap-1 font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950">
        <span aria-hidden="true">←</span> {label}
      </Link>
    </p>
  );
}
