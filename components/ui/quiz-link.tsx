import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { textLink } from "@/components/ui/styles";

// The in-sentence link to the quiz page that several empty states share: `t.rich(key, { link: quizLink })`.
export function quizLink(chunks: ReactNode) {
  return (
    <Link href="/quiz" className={textLink}>
      {chunks}
    </Link>
  );
}
