import type { NextRequest } from "next/server";
import { randomBytes, randomInt } from "node:crypto";
import { NextResponse } from "next/server";
import { NO_STORE } from "@/lib/api/no-store";
import { apiError } from "@/lib/api/errors";
import { readWrite } from "@/lib/api/read-json";
import { requestLocale } from "@/lib/api/request-locale";
import { getSectionById } from "@/lib/content/study-sets";
import { limitWrite } from "@/lib/api/limit-write";
import { database } from "@/lib/database";
import { ensureLearner, findLearnerId, withLearnerCookie } from "@/lib/learner/learner-cookie";
import { sessionCapRefusal } from "@/lib/progress/learner-caps";
import { getDueCards, getQuestionHistory } from "@/lib/progress/quiz-reads";
import { createQuizSession } from "@/lib/progress/quiz-writes";
import { getAllQuestions, getQuestion } from "@/lib/questions/question-banks";
import type { Question } from "@/lib/questions/types";
import type { CreatedSessionBody } from "@/lib/quiz/api-types";
import { presentQuestions } from "@/lib/quiz/present-question";
import { fnv1a } from "@/lib/random";
import { createSessionSchema, DEFAULT_SESSION_QUESTIONS, MAX_SESSION_QUESTIONS, type CreateSessionInput } from "@/lib/quiz/schemas";
import { filterQuestions, selectDueQuestions, selectQuestions } from "@/lib/quiz/select-questions";
import { layoutSession, sessionOrder } from "@/lib/quiz/session-layout";
import { routeMethods } from "@/lib/api/route-methods";

// Starts a quiz or a review. Everything is checked (body, section and question ids)
// before the learner is created or anything stored. A review with nothing due stores
// nothing and answers 201 with `id: null` and no questions.
async function create(request: NextRequest): Promise<Response> {
  const body = await readWrite(request, createSessionSchema);
  if (!body.ok) return body.response;
  const input = body.data;
  const unknownSection = input.sections?.find((id) => !getSectionById(id));
  if (unknownSection !== undefined) return apiError(request, 400, "unknown_section");
  const explicit = input.questionIds?.map(getQuestion);
  if (explicit?.some((question) => question === undefined)) return apiError(request, 400, "unknown_question");

  const now = new Date();
  const purpose = input.purpose ?? "quiz";
  const mode = input.mode ?? "choice";
  const id = randomBytes(16).toString("base64url");
  const questions = explicit
    ? sessionOrder(explicit as Question[], fnv1a(id))
    : purpose === "review"
      ? sessionOrder(await dueQuestions(request, input, now), fnv1a(id))
      : await quizQuestions(request, input);
  if (questions.length === 0 && purpose !== "review") return apiError(request, 422, "no_matching_questions");

  const locale = requestLocale(request);
  if (questions.length === 0) {
    const empty: CreatedSessionBody = { id: null, purpose, mode, questions: [], matching: [] };
    return NextResponse.json(empty, { status: 201, headers: NO_STORE });
  }
  const layout = layoutSession(questions, mode, fnv1a(id));
  const limited = await limitWrite(request, { mayCreateLearner: true });
  if (limited) return limited;
  // The learner, the caps and the session in one transaction: a refused or failed
  // session stores nothing, not even a new learner.
  const stored = await database().transaction(async (tx) => {
    const learner = await ensureLearner(tx, request);
    const refusal = learner.created ? null : await sessionCapRefusal(tx, learner.id, now);
    if (refusal) return { refusal };
    await createQuizSession(tx, { id, learnerId: learner.id, purpose, mode, questions: layout.questions, now });
    return { learner };
  });
  if (stored.refusal) {
    const response = apiError(request, stored.refusal.status, stored.refusal.code, stored.refusal.values);
    if (stored.refusal.retryAfterSeconds) response.headers.set("Retry-After", String(stored.refusal.retryAfterSeconds));
    return response;
  }
  const learner = stored.learner;
  // Fewer questions than asked for: said, not silently served.
  const requested = !explicit && purpose === "quiz" ? (input.count ?? DEFAULT_SESSION_QUESTIONS) : null;
  const created: CreatedSessionBody = {
    id,
    purpose,
    mode,
    questions: presentQuestions(layout, locale, getSectionById),
    matching: layout.matching,
    ...(requested !== null && requested > questions.length ? { requested } : {}),
  };
  return withLearnerCookie(NextResponse.json(created, { status: 201, headers: { ...NO_STORE, Location: `/api/quiz-sessions/${id}` } }), request, learner);
}

/** A quiz's questions: the least seen and most often missed first (no history without a learner). */
async function quizQuestions(request: NextRequest, input: CreateSessionInput): Promise<Question[]> {
  const learnerId = await findLearnerId(database(), request);
  const history = learnerId ? await getQuestionHistory(learnerId) : new Map();
  return selectQuestions(filterQuestions(getAllQuestions(), input), input.count ?? DEFAULT_SESSION_QUESTIONS, randomInt(2 ** 32), history);
}

/** The learner's due questions; none for a reader without a learner (never created here). */
async function dueQuestions(request: NextRequest, input: CreateSessionInput, now: Date): Promise<Question[]> {
  const learnerId = await findLearnerId(database(), request);
  if (!learnerId) return [];
  const cards = await getDueCards(learnerId, now);
  // A review asks everything due (up to the maximum) unless told otherwise, so
  // "Review 15 due" starts a review of 15.
  return selectDueQuestions(cards, getQuestion, input, input.count ?? MAX_SESSION_QUESTIONS, now);
}

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({ POST: create });
