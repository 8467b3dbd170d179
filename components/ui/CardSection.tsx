import type { ReactNode } from "react";
import { card } from "./styles";

type Props = { id: string; title: ReactNode; headingClassName?: string; className?: string; children: ReactNode; testId?: string };

/** A card on a page, named by its heading (`aria-labelledby`), as screen readers list regions. */
export function CardSection({ id, title, headingClassName = "mb-3 text-xl font-semibold", className = "", children, testId }: Props) {
  return (
    <section aria-labelledby={id} className={`${card} ${className}`.trim()} data-testid={testId}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
