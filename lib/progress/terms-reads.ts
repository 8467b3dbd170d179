import "server-only";
import { db } from "@/lib/db";
import { termsLearned, type GlossaryKind, type TermsLearned } from "@/lib/glossary/terms-learned";
import { getAllQuestions } from "@/lib/questions/question-banks";

// Reads for the dashboard's glossary figures: the learner's answers to term questions.

export async function getTermsLearned(learnerId: string | null): Promise<TermsLearned> {
  const kinds = new Map<string, GlossaryKind>();
  for (const question of getAllQuestions()) if (question.kind === "term" && question.glossaryKind) kinds.set(question.id, question.glossaryKind);
  const answers = learnerId
    ? await db.answer.findMany({
        where: { learnerId, kind: "term" },
        select: { questionId: true, correct: true, overridden: true },
        orderBy: [{ answeredAt: "asc" }, { id: "asc" }],
      })
    : [];
  return termsLearned(answers, kinds);
}
