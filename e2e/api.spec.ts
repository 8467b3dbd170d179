import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { getStudySets } from "@/lib/content/study-sets";
import { getAllQuestions, getQuestion } from "@/lib/questions/question-banks";
import type { Question } from "@/lib/questions/types";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { asDate, asNumber } from "@/lib/database/sql";
import { E2E_DATABASE_URL } from "../playwright.config";
import { testDatabase } from "./support/test-database";
import type { AnswerResult, CreatedSessionBody as CreatedSession, PresentedQuestion } from "../lib/quiz/api-types";

// The JSON API against the production build: the whole contract, one learner never
// seeing another's data, duplicate answers, and every bad request answered with a 4xx
// in the error shape, in the request's language, storing nothing (row counts read from
// the e2e database before and after). Counts are per learner, so spec files writing
// to the same server in parallel cannot move them.

const MESSAGES = { en: en.ApiErrors, zh: zh.ApiErrors } as const;
type ErrorCode = keyof typeof en.ApiErrors;
type Locale = keyof typeof MESSAGES;
const section = getStudySets()[0]!.sections[0]!;

// ---------- helpers ----------

type Rows = { Learner: number; StudiedSection: number; QuizSession: number; Answer: number; Card: number };

/** The rows one learner owns, in every table. */
async function rowsOf(learnerId: string | null): Promise<Rows> {
  if (!learnerId) return { Learner: 0, StudiedSection: 0, QuizSession: 0, Answer: 0, Card: 0 };
  const db = testDatabase(E2E_DATABASE_URL);
  const count = async (table: string, column: string) =>
    asNumber((await db.get<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "${table}" WHERE "${column}" = ?`, [learnerId]))?.n);
  return {
    Learner: await count("Learner", "id"),
    StudiedSection: await count("StudiedSection", "learnerId"),
    QuizSession: await count("QuizSession", "learnerId"),
    Answer: await count("Answer", "learnerId"),
    Card: await count("Card", "learnerId"),
  };
}

async function cardDue(learnerId: string, questionId: string): Promise<number> {
  const row = await testDatabase(E2E_DATABASE_URL).get<{ due: unknown }>(`SELECT "due" FROM "Card" WHERE "learnerId" = ? AND "questionId" = ?`, [
    learnerId,
    questionId,
  ]);
  return asDate(row!.due).getTime();
}

async function learnerIdOf(context: APIRequestContext): Promise<string | null> {
  const { cookies } = await context.storageState();
  return cookies.find((cookie) => cookie.name === "learner")?.value ?? null;
}

async function newLearner(playwright: { request: { newContext(options: { baseURL?: string }): Promise<APIRequestContext> } }, baseURL: string | undefined) {
  return playwright.request.newContext({ baseURL });
}

function bank(id: string): Question {
  const question = getQuestion(id);
  if (!question) throw new Error(`question ${id} is not in the bank`);
  return question;
}

function wrongChoice(question: PresentedQuestion): string {
  const answer = bank(question.id).answer;
  const wrong = question.choices?.find((choice) => choice !== answer);
  if (!wrong) throw new Error(`question ${question.id} has no wrong choice`);
  return wrong;
}

async function startSession(context: APIRequestContext, body: unknown, locale: Locale = "en"): Promise<CreatedSession> {
  const response = await context.post("/api/quiz-sessions", { data: body, headers: { "Accept-Language": locale } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as CreatedSession;
}

async function answer(context: APIRequestContext, sessionId: string, questionId: string, given: string): Promise<APIResponse> {
  return context.post(`/api/quiz-sessions/${sessionId}/answers`, { data: { questionId, answer: given } });
}

async function expectError(response: APIResponse, status: number, code: ErrorCode, locale: Locale, label = "") {
  expect(response.status(), `${label}: status`).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body), label).toEqual(["error"]);
  expect(body.error.code, label).toBe(code);
  const template = MESSAGES[locale][code];
  const fixed = template.split("{")[0]!;
  expect(body.error.message.startsWith(fixed), `${label}: message "${body.error.message}" in ${locale}`).toBe(true);
  if (locale === "zh") expect(body.error.message, label).toMatch(/[\u4e00-\u9fff]/);
  expect(response.headers()["set-cookie"] ?? "", `${label}: no learner cookie set`).not.toContain("learner=");
}

// ---------- the contract ----------

test.describe("quiz sessions", () => {
  test("a quiz: start, answer right and wrong, repeat an answer, finish, summary, retry the missed one", async ({ playwright, baseURL }) => {
    const learner = await newLearner(playwright, baseURL);
    const started = await learner.post("/api/quiz-sessions", { data: { kinds: ["participant"], count: 3, mode: "choice" } });
    expect(started.status()).toBe(201);
    const cookie = started.headers()["set-cookie"] ?? "";
    expect(cookie).toMatch(/learner=[A-Za-z0-9_-]{43}/);
    expect(cookie.toLowerCase()).toContain("httponly");
    expect(cookie.toLowerCase()).toContain("samesite=lax");
    const session = (await started.json()) as CreatedSession;
    expect(session.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(session).toMatchObject({ purpose: "quiz", mode: "choice", matching: [] });
    expect(session.questions).toHaveLength(3);
    for (const question of session.questions) {
      // never the answer, its accepted forms or the source
      expect(Object.keys(question).sort()).toEqual(["choices", "format", "id", "kind", "prompt", "section"]);
      expect(question).toMatchObject({ kind: "participant", format: "choice", prompt: bank(question.id).prompt.en });
      // the question's own options, in an order of this session's
      expect([...question.choices!].sort()).toEqual([...bank(question.id).choices].sort());
    }
    const learnerId = (await learnerIdOf(learner))!;
    expect(await rowsOf(learnerId)).toEqual({ Learner: 1, StudiedSection: 0, QuizSession: 1, Answer: 0, Card: 0 });

    const [q0, q1, q2] = session.questions as [PresentedQuestion, PresentedQuestion, PresentedQuestion];
    const right = await answer(learner, session.id!, q0.id, bank(q0.id).answer);
    expect(right.status()).toBe(200);
    const rightBody = (await right.json()) as AnswerResult;
    expect(rightBody).toMatchObject({
      questionId: q0.id,
      correct: true,
      answer: bank(q0.id).answer,
      source: bank(q0.id).source,
      sourceLine: bank(q0.id).sourceLine,
      section: q0.section,
      given: bank(q0.id).answer,
      overridable: false,
      overridden: false,
    });
    expect(rightBody.highlight).not.toBeNull();

    const wrongGiven = wrongChoice(q1);
    const wrong = (await (await answer(learner, session.id!, q1.id, wrongGiven)).json()) as AnswerResult;
    expect(wrong).toMatchObject({ correct: false, given: wrongGiven, answer: bank(q1.id).answer, overridable: false });
    const before = await rowsOf(learnerId);
    expect(before).toMatchObject({ Answer: 2, Card: 2 });

    // the same question again, now with the right answer: the first result, nothing stored
    const repeat = await answer(learner, session.id!, q1.id, bank(q1.id).answer);
    expect(repeat.status()).toBe(200);
    expect(await repeat.json()).toEqual(wrong);
    expect(await rowsOf(learnerId)).toEqual(before);
    // …but an answer that is none of its choices is refused, answered before or not
    await expectError(await answer(learner, session.id!, q1.id, "none of the choices"), 400, "answer_not_a_choice", "en");
    expect(await rowsOf(learnerId)).toEqual(before);

    const midway = await (await learner.get(`/api/quiz-sessions/${session.id}`)).json();
    expect(midway).toMatchObject({ id: session.id, total: 3, answered: 2, finishedAt: null, summary: null });
    expect(midway.questions.map((q: { id: string }) => q.id)).toEqual([q0.id, q1.id, q2.id]);
    expect(midway.questions[0].result).toEqual(rightBody);
    expect(midway.questions[2].result).toBeNull();
    expect(midway.results).toEqual([rightBody, wrong]);

    await answer(learner, session.id!, q2.id, bank(q2.id).answer);
    const finished = await (await learner.get(`/api/quiz-sessions/${session.id}`)).json();
    expect(finished.finishedAt).not.toBeNull();
    expect(finished.summary).toMatchObject({
      total: 3,
      answered: 3,
      correct: 2,
      missedQuestionIds: [q1.id],
      kinds: [{ kind: "participant", total: 3, correct: 2 }],
    });
    expect(finished.summary.durationMs).toBeGreaterThanOrEqual(0);
    expect(finished.summary.sections.reduce((sum: number, s: { total: number }) => sum + s.total, 0)).toBe(3);

    const progress = await (await learner.get("/api/progress")).json();
    expect(progress.sessions[0]).toMatchObject({ id: session.id, purpose: "quiz", total: 3, answered: 3, correct: 2 });
    expect(progress.kinds.find((k: { kind: string }) => k.kind === "participant")).toMatchObject({ answered: 3, correct: 2 });
    expect(progress.reviews.dueToday).toBe(3);

    const retry = await startSession(learner, { questionIds: finished.summary.missedQuestionIds });
    expect(retry.questions.map((q) => q.id)).toEqual([q1.id]);
    const retried = (await (await answer(learner, retry.id!, q1.id, bank(q1.id).answer)).json()) as AnswerResult;
    expect(retried.correct).toBe(true);
    expect(await rowsOf(learnerId)).toEqual({ Learner: 1, StudiedSection: 0, QuizSession: 2, Answer: 4, Card: 3 });

    const reviews = await (await learner.get("/api/reviews")).json();
    expect(reviews).toMatchObject({ dueToday: 3, dueThisWeek: 3 });
    expect(reviews.upcoming).toHaveLength(7);
    await learner.dispose();
  });

  test("typed answers are graded leniently; a wrong one can be overridden, and is then rescheduled as Hard", async ({ playwright, baseURL }) => {
    const learner = await newLearner(playwright, baseURL);
    const session = await startSession(learner, { kinds: ["date"], count: 3, mode: "typed" });
    const [q0, q1, q2] = session.questions as [PresentedQuestion, PresentedQuestion, PresentedQuestion];
    expect(session.questions.every((q) => q.format === "typed" && q.choices === undefined)).toBe(true);

    const lenient = `  ${bank(q0.id).answer.toUpperCase()}! `;
    const right = (await (await answer(learner, session.id!, q0.id, lenient)).json()) as AnswerResult;
    expect(right).toMatchObject({ correct: true, given: lenient, overridable: false });

    const wrong = (await (await answer(learner, session.id!, q1.id, "somebody else entirely")).json()) as AnswerResult;
    expect(wrong).toMatchObject({ correct: false, overridable: true, overridden: false });
    const learnerId = (await learnerIdOf(learner))!;
    const answeredAt = Date.parse(wrong.answeredAt);
    expect((await cardDue(learnerId, q1.id)) - answeredAt).toBe(60_000); // Again: one minute

    const overridden = await learner.post(`/api/quiz-sessions/${session.id}/answers/${encodeURIComponent(q1.id)}/override`);
    expect(overridden.status()).toBe(200);
    const overriddenBody = (await overridden.json()) as AnswerResult;
    expect(overriddenBody).toEqual({ ...wrong, correct: true, overridden: true, overridable: false });
    expect((await cardDue(learnerId, q1.id)) - answeredAt).toBe(6 * 60_000); // Hard: six minutes
    const rows = await rowsOf(learnerId);

    const again = await learner.post(`/api/quiz-sessions/${session.id}/answers/${encodeURIComponent(q1.id)}/override`, { data: {} });
    expect(await again.json()).toEqual(overriddenBody);
    expect(await rowsOf(learnerId)).toEqual(rows);

    await expectError(await learner.post(`/api/quiz-sessions/${session.id}/answers/${encodeURIComponent(q0.id)}/override`), 409, "not_overridable", "en");
    await expectError(await learner.post(`/api/quiz-sessions/${session.id}/answers/${encodeURIComponent(q2.id)}/override`), 409, "not_answered", "en");
    const stored = await (await learner.get(`/api/quiz-sessions/${session.id}`)).json();
    expect(stored.questions[1].result).toEqual(overriddenBody);
    expect(await rowsOf(learnerId)).toEqual(rows);
    await learner.dispose();
  });

  test("label questions come as a matching grid; each pair is an ordinary answer", async ({ playwright, baseURL }) => {
    const learner = await newLearner(playwright, baseURL);
    const session = await startSession(learner, { kinds: ["label"], count: 6 }, "zh");
    expect(session.matching.length).toBeGreaterThan(0);
    for (const grid of session.matching) {
      expect(grid.questionIds.length).toBeGreaterThanOrEqual(2);
      // every row's answer, plus decoys that keep a shared number or name from giving a pair away
      const answers = grid.questionIds.map((id) => bank(id).answer);
      expect(grid.choices).toEqual(expect.arrayContaining(answers));
      for (const decoy of grid.choices.filter((choice) => !answers.includes(choice))) {
        expect(grid.questionIds.some((id) => bank(id).choices.includes(decoy))).toBe(true);
      }
      for (const id of grid.questionIds) {
        const question = session.questions.find((q) => q.id === id)!;
        expect(question).toMatchObject({ format: "match", choices: grid.choices, prompt: bank(id).prompt.zh });
        expect(question.cue).toBeTruthy();
      }
    }
    const grid = session.matching[0]!;
    const [first, second] = grid.questionIds as [string, string];
    const learnerId = (await learnerIdOf(learner))!;
    const before = await rowsOf(learnerId);
    await expectError(await answer(learner, session.id!, first, "not in the grid"), 400, "answer_not_a_choice", "en");
    expect(await rowsOf(learnerId)).toEqual(before);
    const pair = (await (await answer(learner, session.id!, first, bank(first).answer)).json()) as AnswerResult;
    expect(pair.correct).toBe(true);
    const wrongPair = grid.choices.find((choice) => choice !== bank(second).answer)!;
    expect(((await (await answer(learner, session.id!, second, wrongPair)).json()) as AnswerResult).correct).toBe(false);
    expect(await rowsOf(learnerId)).toMatchObject({ Answer: before.Answer + 2 });
    await learner.dispose();
  });

  test("mixed mode, prompts in Chinese, and a session read back exactly as it was served", async ({ playwright, baseURL }) => {
    const learner = await newLearner(playwright, baseURL);
    const session = await startSession(learner, { count: 12, mode: "mixed" }, "zh");
    expect(session.questions).toHaveLength(12);
    for (const question of session.questions) expect(question.prompt).toBe(bank(question.id).prompt.zh);
    const read = await (await learner.get(`/api/quiz-sessions/${session.id}`, { headers: { "Accept-Language": "zh" } })).json();
    expect(read.questions.map((question: { result: unknown }) => question.result)).toEqual(session.questions.map(() => null));
    const withoutResult = (question: Record<string, unknown>) => Object.fromEntries(Object.entries(question).filter(([key]) => key !== "result"));
    expect(read.questions.map(withoutResult)).toEqual(session.questions);
    expect(read.matching).toEqual(session.matching);
    await learner.dispose();
  });

  test("review: nothing due gives an empty list and stores nothing; due cards come most overdue first", async ({ playwright, baseURL }) => {
    const learner = await newLearner(playwright, baseURL);
    const empty = await learner.post("/api/quiz-sessions", { data: { purpose: "review" } });
    expect(empty.status()).toBe(201);
    expect(await empty.json()).toEqual({ id: null, purpose: "review", mode: "choice", questions: [], matching: [] });
    expect(empty.headers()["set-cookie"] ?? "").not.toContain("learner=");

    const quiz = await startSession(learner, { kinds: ["participant"], count: 2 });
    const [a, b] = quiz.questions as [PresentedQuestion, PresentedQuestion];
    await answer(learner, quiz.id!, a.id, wrongChoice(a));
    await answer(learner, quiz.id!, b.id, wrongChoice(b));
    const learnerId = (await learnerIdOf(learner))!;
    const nothingYet = await startSession(learner, { purpose: "review" });
    expect(nothingYet.questions).toEqual([]);

    // Let time pass: b became due a day ago, a an hour ago.
    const update = `UPDATE "Card" SET "due" = ? WHERE "learnerId" = ? AND "questionId" = ?`;
    await testDatabase(E2E_DATABASE_URL).run(update, [new Date(Date.now() - 3_600_000), learnerId, a.id]);
    await testDatabase(E2E_DATABASE_URL).run(update, [new Date(Date.now() - 86_400_000), learnerId, b.id]);
    const forecast = await (await learner.get("/api/reviews")).json();
    expect(forecast).toMatchObject({ dueNow: 2 });
    const review = await startSession(learner, { purpose: "review" });
    expect(review).toMatchObject({ purpose: "review" });
    // Asked in an order seeded by the session; with a count, the most overdue are chosen.
    expect(review.questions.map((q) => q.id).sort()).toEqual([a.id, b.id].sort());
    const oneOnly = await startSession(learner, { purpose: "review", count: 1 });
    expect(oneOnly.questions.map((q) => q.id)).toEqual([b.id]);
    const progress = await (await learner.get("/api/progress")).json();
    expect(progress.sessions.find((s: { id: string }) => s.id === review.id)).toMatchObject({ purpose: "review", total: 2, answered: 0 });
    await learner.dispose();
  });

  test("answering the same question concurrently stores one answer and returns the first result to all", async ({ playwright, baseURL }) => {
    const learner = await newLearner(playwright, baseURL);
    const session = await startSession(learner, { kinds: ["participant"], count: 1 });
    const question = session.questions[0]!;
    const givens = Array.from({ length: 24 }, (_, i) => question.choices![i % question.choices!.length]!);
    const responses = await Promise.all(givens.map((given) => answer(learner, session.id!, question.id, given)));
    expect(responses.map((response) => response.status())).toEqual(givens.map(() => 200));
    const bodies = await Promise.all(responses.map((response) => response.json()));
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    const learnerId = (await learnerIdOf(learner))!;
    expect(await rowsOf(learnerId)).toEqual({ Learner: 1, StudiedSection: 0, QuizSession: 1, Answer: 1, Card: 1 });
    const stored = await (await learner.get(`/api/quiz-sessions/${session.id}`)).json();
    expect(stored.summary).toMatchObject({ total: 1, answered: 1 });
    await learner.dispose();
  });
});

// ---------- progress, export, reset ----------

test.describe("progress", () => {
  test("progress report, JSON and CSV export, then reset after confirmation", async ({ playwright, baseURL }) => {
    const learner = await newLearner(playwright, baseURL);
    expect((await learner.put(`/api/studied/${encodeURIComponent(section.id)}`)).status()).toBe(200);
    const session = await startSession(learner, { kinds: ["participant"], count: 2 });
    for (const question of session.questions) await answer(learner, session.id!, question.id, bank(question.id).answer);
    const learnerId = (await learnerIdOf(learner))!;

    const report = await (await learner.get("/api/progress")).json();
    const total = getAllQuestions().length;
    expect(report).toMatchObject({ studiedCount: 1, streakDays: 1, sectionCount: getStudySets().flatMap((set) => set.sections).length });
    expect(report.sections.reduce((sum: number, s: { questions: number }) => sum + s.questions, 0)).toBe(total);
    expect(report.sections.reduce((sum: number, s: { mastered: number }) => sum + s.mastered, 0)).toBe(2);
    expect(report.sections.find((s: { sectionId: string }) => s.sectionId === section.id)).toMatchObject({ studied: true });
    expect(report.reviews).toMatchObject({ dueNow: 0, dueToday: 2 });

    const json = await learner.get("/api/progress/export?format=json");
    expect(json.headers()["content-disposition"]).toMatch(/^attachment; filename="visit-progress-\d{4}-\d{2}-\d{2}\.json"$/);
    const exported = await json.json();
    expect(exported.report.studiedCount).toBe(1);
    expect(exported.answers).toHaveLength(2);
    expect(exported.answers[0]).toMatchObject({ sessionId: session.id, correct: true, overridden: false });

    const csv = await learner.get("/api/progress/export?format=csv");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="visit-progress-.*\.csv"$/);
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toBe("answered_at,session_id,question_id,section_id,kind,given,correct,overridden");
    expect(lines).toHaveLength(3);

    const before = await rowsOf(learnerId);
    expect(before).toEqual({ Learner: 1, StudiedSection: 1, QuizSession: 1, Answer: 2, Card: 2 });
    await expectError(await learner.delete("/api/progress"), 415, "unsupported_media_type", "en");
    await expectError(await learner.delete("/api/progress", { data: { confirm: false } }), 400, "invalid_body", "en");
    expect(await rowsOf(learnerId)).toEqual(before);
    const reset = await learner.delete("/api/progress", { data: { confirm: true } });
    expect(reset.status()).toBe(200);
    expect(await reset.json()).toEqual({ reset: true, deleted: { studied: 1, sessions: 1, answers: 2, cards: 2 } });
    expect(await rowsOf(learnerId)).toEqual({ Learner: 1, StudiedSection: 0, QuizSession: 0, Answer: 0, Card: 0 });
    const after = await (await learner.get("/api/progress")).json();
    expect(after).toMatchObject({ studiedCount: 0, sessions: [], streakDays: 0 });
    await expectError(await learner.get(`/api/quiz-sessions/${session.id}`), 404, "session_not_found", "en");
    await learner.dispose();
  });

  test("a reader without a cookie gets an empty report and export, and nothing is created", async ({ playwright, baseURL }) => {
    const reader = await newLearner(playwright, baseURL);
    const report = await reader.get("/api/progress");
    expect(report.status()).toBe(200);
    expect(report.headers()["set-cookie"] ?? "").not.toContain("learner=");
    expect(await report.json()).toMatchObject({ studiedCount: 0, sessions: [], streakDays: 0, reviews: { dueNow: 0, nextDueAt: null } });
    expect((await (await reader.get("/api/progress/export?format=csv")).text()).trim().split("\r\n")).toHaveLength(1);
    expect(await (await reader.get("/api/reviews")).json()).toMatchObject({ dueNow: 0, dueToday: 0, dueThisWeek: 0, nextDueAt: null });
    expect(await learnerIdOf(reader)).toBeNull();
    await reader.dispose();
  });
});

// ---------- isolation ----------

test("another learner cannot see or touch a learner's session, and sees empty progress", async ({ playwright, baseURL }) => {
  const first = await newLearner(playwright, baseURL);
  const session = await startSession(first, { kinds: ["date"], count: 2, mode: "typed" });
  const [q0, q1] = session.questions as [PresentedQuestion, PresentedQuestion];
  await answer(first, session.id!, q0.id, "wrong on purpose");
  const firstId = (await learnerIdOf(first))!;
  const firstRows = await rowsOf(firstId);

  const second = await newLearner(playwright, baseURL);
  await startSession(second, { kinds: ["date"], count: 1 }); // the second learner exists too
  const secondId = (await learnerIdOf(second))!;
  const secondRows = await rowsOf(secondId);
  const unknown = "A".repeat(22);
  for (const locale of ["en", "zh"] as const) {
    const headers = { "Accept-Language": locale };
    await expectError(await second.get(`/api/quiz-sessions/${session.id}`, { headers }), 404, "session_not_found", locale, "GET other's session");
    await expectError(await second.get(`/api/quiz-sessions/${unknown}`, { headers }), 404, "session_not_found", locale, "GET unknown session");
    await expectError(
      await second.post(`/api/quiz-sessions/${session.id}/answers`, { headers, data: { questionId: q1.id, answer: "x" } }),
      404,
      "session_not_found",
      locale,
      "answer other's session",
    );
    await expectError(
      await second.post(`/api/quiz-sessions/${session.id}/answers/${encodeURIComponent(q0.id)}/override`, { headers }),
      404,
      "session_not_found",
      locale,
      "override other's answer",
    );
  }
  const progress = await (await second.get("/api/progress")).json();
  expect(progress.sessions.map((s: { id: string }) => s.id)).not.toContain(session.id);
  expect(progress.kinds.every((k: { kind: string; answered: number }) => k.answered === 0)).toBe(true);
  expect(await rowsOf(firstId)).toEqual(firstRows);
  expect(await rowsOf(secondId)).toEqual(secondRows);
  expect((await (await first.get(`/api/quiz-sessions/${session.id}`)).json()).answered).toBe(1);
  await first.dispose();
  await second.dispose();
});

// ---------- bad requests ----------

type BadCase = {
  label: string;
  method: "GET" | "POST" | "DELETE";
  path: string;
  body?: string;
  headers?: Record<string, string>;
  /** Send the learner's cookie (default), none, or a forged one. */
  cookie?: "learner" | "none" | "garbage" | "forged";
  status: number;
  code: ErrorCode;
};

test("every bad request is a 4xx in the error shape, in the request's language, and stores nothing", async ({ playwright, baseURL }) => {
  const learner = await newLearner(playwright, baseURL);
  const session = await startSession(learner, { kinds: ["participant"], count: 2, mode: "choice" });
  const answered = session.questions[0]!;
  await answer(learner, session.id!, answered.id, bank(answered.id).answer);
  const open = session.questions[1]!;
  const learnerId = (await learnerIdOf(learner))!;
  const json = { "Content-Type": "application/json" };
  const sessions = "/api/quiz-sessions";
  const answers = `/api/quiz-sessions/${session.id}/answers`;
  const override = (questionId: string) => `/api/quiz-sessions/${session.id}/answers/${encodeURIComponent(questionId)}/override`;
  const post = (path: string, body: unknown, extra: Partial<BadCase> & Pick<BadCase, "label" | "status" | "code">): BadCase => ({
    method: "POST",
    path,
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: json,
    ...extra,
  });

  const cases: BadCase[] = [
    // POST /api/quiz-sessions
    post(sessions, { count: 2 }, { label: "sessions: text/plain", headers: { "Content-Type": "text/plain" }, status: 415, code: "unsupported_media_type" }),
    post(sessions, { count: 2 }, { label: "sessions: no content type, no cookie", headers: {}, cookie: "none", status: 415, code: "unsupported_media_type" }),
    post(sessions, '{"count": 2', { label: "sessions: malformed JSON", status: 400, code: "invalid_json" }),
    post(sessions, '{"count": 2', { label: "sessions: malformed JSON, no cookie", cookie: "none", status: 400, code: "invalid_json" }),
    post(sessions, { sections: ["x".repeat(100)], pad: "y".repeat(20_000) }, { label: "sessions: oversized", status: 413, code: "payload_too_large" }),
    post(sessions, { count: "10" }, { label: "sessions: count as string", status: 400, code: "invalid_body" }),
    post(sessions, { count: 0 }, { label: "sessions: count 0", status: 400, code: "invalid_body" }),
    post(sessions, { count: 51 }, { label: "sessions: count 51", status: 400, code: "invalid_body" }),
    post(sessions, { count: 2.5 }, { label: "sessions: count 2.5", status: 400, code: "invalid_body" }),
    post(sessions, { mode: "fast" }, { label: "sessions: unknown mode", status: 400, code: "invalid_body" }),
    post(sessions, { purpose: "exam" }, { label: "sessions: unknown purpose", status: 400, code: "invalid_body" }),
    post(sessions, { kinds: ["weather"] }, { label: "sessions: unknown kind", status: 400, code: "invalid_body" }),
    post(sessions, { kinds: "participant" }, { label: "sessions: kinds not a list", status: 400, code: "invalid_body" }),
    post(sessions, [], { label: "sessions: body is a list", status: 400, code: "invalid_body" }),
    post(sessions, null, { label: "sessions: body is null", cookie: "none", status: 400, code: "invalid_body" }),
    post(sessions, { sections: ["no-such-set:no-such-section"] }, { label: "sessions: unknown section", status: 400, code: "unknown_section" }),
    post(sessions, { sections: ["../../etc/passwd"] }, { label: "sessions: unknown section, no cookie", cookie: "none", status: 400, code: "unknown_section" }),
    post(sessions, { questionIds: ["no-such-question"] }, { label: "sessions: unknown question", status: 400, code: "unknown_question" }),
    post(sessions, { questionIds: [open.id, open.id] }, { label: "sessions: duplicate question", status: 400, code: "invalid_body" }),
    post(sessions, { questionIds: [] }, { label: "sessions: empty question list", status: 400, code: "invalid_body" }),
    // the opening section has no headline, so no label questions
    post(
      sessions,
      { sections: [section.id], kinds: ["label"] },
      {
        label: "sessions: nothing matches",
        status: 422,
        code: "no_matching_questions",
      },
    ),
    post(
      sessions,
      { count: 2 },
      { label: "sessions: cross-site", headers: { ...json, Origin: "https://evil.example" }, status: 403, code: "forbidden_origin" },
    ),
    post(
      sessions,
      { count: 2 },
      { label: "sessions: cross-site, no cookie", cookie: "none", headers: { ...json, Origin: "https://evil.example" }, status: 403, code: "forbidden_origin" },
    ),
    post(sessions, { count: 2 }, { label: "sessions: Origin null", headers: { ...json, Origin: "null" }, status: 403, code: "forbidden_origin" }),
    // POST answers
    post(
      answers,
      { questionId: open.id, answer: open.choices![0] },
      { label: "answers: text/plain", headers: { "Content-Type": "text/plain" }, status: 415, code: "unsupported_media_type" },
    ),
    post(answers, "{questionId:", { label: "answers: malformed JSON", status: 400, code: "invalid_json" }),
    post(answers, { questionId: open.id, answer: "z".repeat(5_000) }, { label: "answers: oversized", status: 413, code: "payload_too_large" }),
    post(answers, { questionId: open.id, answer: "z".repeat(501) }, { label: "answers: answer too long", status: 400, code: "invalid_body" }),
    post(answers, { questionId: open.id, answer: 3 }, { label: "answers: answer a number", status: 400, code: "invalid_body" }),
    post(answers, { questionId: open.id }, { label: "answers: no answer", status: 400, code: "invalid_body" }),
    post(answers, { answer: "x" }, { label: "answers: no questionId", status: 400, code: "invalid_body" }),
    post(answers, { questionId: ["a"], answer: "x" }, { label: "answers: questionId a list", status: 400, code: "invalid_body" }),
    post(answers, { questionId: "no-such-question", answer: "x" }, { label: "answers: question not in session", status: 400, code: "question_not_in_session" }),
    post(answers, { questionId: open.id, answer: "not one of the choices" }, { label: "answers: not a choice", status: 400, code: "answer_not_a_choice" }),
    post(
      `${sessions}/${"B".repeat(22)}/answers`,
      { questionId: open.id, answer: "x" },
      { label: "answers: unknown session", status: 404, code: "session_not_found" },
    ),
    post(
      `${sessions}/..%2F..%2Fetc%2Fpasswd/answers`,
      { questionId: open.id, answer: "x" },
      { label: "answers: traversal in id", status: 404, code: "session_not_found" },
    ),
    post(answers, { questionId: open.id, answer: open.choices![0] }, { label: "answers: no cookie", cookie: "none", status: 404, code: "session_not_found" }),
    post(
      answers,
      { questionId: open.id, answer: open.choices![0] },
      { label: "answers: garbage cookie", cookie: "garbage", status: 404, code: "session_not_found" },
    ),
    post(
      answers,
      { questionId: open.id, answer: open.choices![0] },
      { label: "answers: forged cookie", cookie: "forged", status: 404, code: "session_not_found" },
    ),
    post(
      answers,
      { questionId: open.id, answer: open.choices![0] },
      { label: "answers: cross-site", headers: { ...json, Origin: "http://evil.example" }, status: 403, code: "forbidden_origin" },
    ),
    post(
      answers,
      { questionId: open.id, answer: open.choices![0] },
      { label: "answers: Sec-Fetch-Site cross-site", headers: { ...json, "Sec-Fetch-Site": "cross-site" }, status: 403, code: "forbidden_origin" },
    ),
    // POST override
    post(override(answered.id), { extra: 1 }, { label: "override: unexpected field", status: 400, code: "invalid_body" }),
    post(override(answered.id), "{", { label: "override: malformed JSON", status: 400, code: "invalid_json" }),
    post(override(answered.id), {}, { label: "override: a choice answer", status: 409, code: "not_overridable" }),
    post(override(open.id), {}, { label: "override: not answered", status: 409, code: "not_answered" }),
    post(override("no-such-question"), {}, { label: "override: question not in session", status: 404, code: "question_not_in_session" }),
    post(
      `${sessions}/${"C".repeat(22)}/answers/${encodeURIComponent(answered.id)}/override`,
      {},
      { label: "override: unknown session", status: 404, code: "session_not_found" },
    ),
    post(override(answered.id), {}, { label: "override: forged cookie", cookie: "forged", status: 404, code: "session_not_found" }),
    post(
      override(answered.id),
      {},
      { label: "override: cross-site", headers: { ...json, Origin: "https://evil.example" }, status: 403, code: "forbidden_origin" },
    ),
    // GET session, export
    { label: "session: garbage id", method: "GET", path: `${sessions}/%00%2e%2e`, status: 404, code: "session_not_found" },
    { label: "session: garbage cookie", method: "GET", path: `${sessions}/${session.id}`, cookie: "garbage", status: 404, code: "session_not_found" },
    { label: "export: unknown format", method: "GET", path: "/api/progress/export?format=xml", status: 400, code: "invalid_query" },
    // DELETE progress
    { label: "reset: no body", method: "DELETE", path: "/api/progress", status: 415, code: "unsupported_media_type" },
    { label: "reset: confirm not true", method: "DELETE", path: "/api/progress", headers: json, body: '{"confirm":"yes"}', status: 400, code: "invalid_body" },
    { label: "reset: malformed", method: "DELETE", path: "/api/progress", headers: json, body: "confirm=true", status: 400, code: "invalid_json" },
    {
      label: "reset: cross-site",
      method: "DELETE",
      path: "/api/progress",
      headers: { ...json, Origin: "https://evil.example" },
      body: '{"confirm":true}',
      status: 403,
      code: "forbidden_origin",
    },
  ];

  const cookieFor: Record<NonNullable<BadCase["cookie"]>, string | null> = {
    learner: `learner=${learnerId}`,
    none: null,
    garbage: "learner=%00<script>; other=1",
    forged: `learner=${"x".repeat(43)}`,
  };
  const before = await rowsOf(learnerId);
  expect(before).toEqual({ Learner: 1, StudiedSection: 0, QuizSession: 1, Answer: 1, Card: 1 });
  // A context without a cookie jar, so each case sends exactly the cookie it names.
  const raw = await playwright.request.newContext({ baseURL });
  for (const badCase of cases) {
    for (const locale of ["en", "zh"] as const) {
      const cookie = cookieFor[badCase.cookie ?? "learner"];
      const headers: Record<string, string> = { "Accept-Language": locale, ...badCase.headers };
      if (cookie) headers.Cookie = cookie;
      // A Buffer goes out byte for byte (a string with a JSON content type would be encoded again).
      const data = badCase.body === undefined ? undefined : Buffer.from(badCase.body);
      const response = await raw.fetch(badCase.path, { method: badCase.method, headers, data });
      await expectError(response, badCase.status, badCase.code, locale, `${badCase.label} (${locale})`);
      expect(await learnerIdOf(raw), badCase.label).toBeNull();
    }
  }
  expect(await rowsOf(learnerId)).toEqual(before);
  expect(await rowsOf("x".repeat(43))).toEqual(await rowsOf(null));
  // still serving normal requests
  const fine = await answer(learner, session.id!, open.id, open.choices![0]!);
  expect(fine.status()).toBe(200);
  expect(await rowsOf(learnerId)).toMatchObject({ Answer: 2 });
  await raw.dispose();
  await learner.dispose();
});
