"use client";

import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { textLink } from "@/components/ui/styles";
import { Link } from "@/i18n/navigation";
import type { SectionNames } from "@/lib/content/section-names";
import { QuizStepView } from "./QuizStepView";
import { QuizSummary } from "./QuizSummary";
import { useQuizSession, type QuizBasePath } from "./use-quiz-session";

type Props = {
  sessionId: string;
  sections: SectionNames;
  /** Where a retry session opens: `/quiz/session` or `/review`. */
  basePath: QuizBasePath;
};

/**
 * One quiz or review session, a question at a time: progress, the question, feedback
 * from the source, "Next", and the summary at the end. Reloading resumes where the
 * learner was, from the answers the server stored (see useQuizSession).
 */
export function QuizRunner({ sessionId, sections, basePath }: Props) {
  const t = useTranslations("QuizFlow");
  const quiz = useQuizSession(sessionId, basePath);

  let body: React.ReactNode;
  if (quiz.loadError) {
    body = (
      <>
        <ErrorAlert className="p-4">{quiz.loadError}</ErrorAlert>
        <p className="mt-4">
          <Link href="/quiz" className={textLink}>
            {t("backToSetup")}
          </Link>
        </p>
      </>
    );
  } else if (quiz.finished?.summary) {
    body = <QuizSummary session={quiz.finished} summary={quiz.finished.summary} sections={sections} basePath={basePath} />;
  } else if (!quiz.session || !quiz.step) {
    body = (
      <p className="text-slate-700" aria-busy="true">
        {t("loading")}
      </p>
    );
  } else {
    body = <QuizStepView quiz={quiz} session={quiz.session} step={quiz.step} sections={sections} />;
  }

  // The live region stays mounted in one place for the whole session, so it exists
  // before its text changes (screen readers ignore regions that arrive with content).
  return (
    <div className="space-y-5">
      <div role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-testid="quiz-announcer">
        {quiz.announcement}
      </div>
      {body}
    </div>
  );
}
