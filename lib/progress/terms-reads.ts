import "server-only";
import { asBool, database } from "@/lib/database";
import { termsLearned, type GlossaryKind, type TermsLearned } from "@/lib/glossary/terms-learned";
import { getAllQuestions } from "@/lib/questions/question-banks";

// Reads for the dashboard's glossary figures: the learner's answers to term questions.

export async function getTermsLearned(learnerId: string | null): Promise<TermsLearned> {
  const kinds = new Map<string, GlossaryKind>();
  for (const question of getAllQuestions()) if (question.kind === "term" && question.glossaryKind) kinds.set(question.id, question.glossaryKind);
  const rows = learnerId
    ? await database().all<{ questionId: string; correct: unknown; overridden: unknown }>(
        `SELECT "questionId", "correct", "overridden" FROM "Answer" WHERE "learnerId" = ? AND "kind" = 'term' ORDER BY "answeredAt", "id"`,
        [learnerId],
      )
    : [];
  return termsLearned(
    rows.map((row) => ({ questionId: row.questionId, correct: asBool(row.correct), overridden: asBool(row.overridden) })),
    kinds,
  );
}
