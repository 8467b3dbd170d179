import { getStudySets } from "../content/study-sets";
import { getDocumentGlossary } from "../glossary/document-glossary";
import { buildQuestionBank } from "./build-question-bank";
import type { Question, QuestionBank } from "./types";

// The question banks of every study set in content/, built once per process. Plain
// module (no "server-only"), so the CLI and tests can import it too; it reads files
// through getStudySets, so only server code should call it.

let banks: QuestionBank[] | null = null;
let byId: Map<string, Question> | null = null;

export function getQuestionBanks(): QuestionBank[] {
  banks ??= getStudySets().map((document) => buildQuestionBank(document, { glossary: getDocumentGlossary(document.slug) }));
  return banks;
}

export function getAllQuestions(): Question[] {
  return getQuestionBanks().flatMap((bank) => bank.questions);
}

export function getQuestion(id: string): Question | undefined {
  byId ??= new Map(getAllQuestions().map((question) => [question.id, question]));
  return byId.get(id);
}
