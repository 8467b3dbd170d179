import "server-only";
import { getStudySets } from "@/lib/content/study-sets";
import { getAllQuestions } from "@/lib/questions/question-banks";
import { buildProgressReport } from "@/lib/quiz/build-progress-report";
import type { ProgressReport } from "./progress-report";
import { getProgressRows, type ProgressRows } from "./quiz-reads";

// The learner's progress report: the stored rows, the study sets and the question
// bank, put together by the pure builder. A reader without a learner gets the empty
// report (a GET never creates a learner).

const NO_ROWS: ProgressRows = { studied: [], answers: [], sessions: [], cardDues: [] };

export async function getProgressReport(learnerId: string | null, now: Date): Promise<{ report: ProgressReport; rows: ProgressRows }> {
  const rows = learnerId ? await getProgressRows(learnerId) : NO_ROWS;
  const report = buildProgressReport({
    now,
    sections: getStudySets().flatMap((set) =>
      set.sections.map((section) => ({ id: section.id, setSlug: set.slug, slug: section.slug, title: section.title, labelZh: section.labelZh })),
    ),
    questions: getAllQuestions(),
    studied: rows.studied,
    answers: rows.answers,
    sessions: rows.sessions,
    cardDues: rows.cardDues,
  });
  return { report, rows };
}
