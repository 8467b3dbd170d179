import type { Question } from "@/lib/questions/types";

// A session stores its questions as they were when it was made (QuizSession.questions,
// JSON), so editing content/ later never changes what an old session asked, how its
// answers were graded, or its score. Sessions made before snapshots have none and fall
// back to the current bank.

export function snapshotOf(questions: readonly Question[]): string {
  return JSON.stringify(questions);
}

export function parseSnapshot(json: string | null | undefined): Map<string, Question> | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return null;
    const questions = value.filter(
      (item): item is Question =>
        typeof item === "object" && item !== null && typeof item.id === "string" && typeof item.section === "string" && Array.isArray(item.choices),
    );
    return new Map(questions.map((question) => [question.id, question]));
  } catch {
    return null;
  }
}
