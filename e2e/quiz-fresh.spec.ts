import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import en from "../messages/en.json";
import zh from "../messages/zh.json";
import { alwaysChoiceQuestions } from "./support/choice-questions";
import { getQuestion } from "../lib/questions/question-banks";
import type { CreatedSessionBody, SessionBody } from "../lib/quiz/api-types";

// Fresh choice order and fresh questions, in both locales: two sessions of the same
// questions show different choice orders; a reload shows the same layout; the default
// quiz asks what the learner has not seen before repeating anything.

const MESSAGES = { en, zh } as const;

// Questions that stay multiple choice in every mode and never form a grid.
const choiceQuestions = alwaysChoiceQuestions().slice(0, 6);

async function start(request: APIRequestContext, locale: "en" | "zh", body: unknown): Promise<CreatedSessionBody & { id: string }> {
  const response = await request.post("/api/quiz-sessions", { data: body, headers: { "Accept-Language": locale } });
  expect(response.status()).toBe(201);
  return (await response.json()) as CreatedSessionBody & { id: string };
}

async function radioOrder(page: Page): Promise<{ id: string; values: string[] }> {
  const form = page.locator("form[data-question-id]");
  await expect(form).toHaveCount(1);
  const id = (await form.getAttribute("data-question-id"))!;
  const values = await form.locator('input[type="radio"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  return { id, values };
}

for (const locale of ["en", "zh"] as const) {
  test(`two sessions of the same questions show different choice orders; a reload shows the same (${locale})`, async ({ page }) => {
    const m = MESSAGES[locale];
    expect(choiceQuestions.length).toBeGreaterThanOrEqual(4);
    const ids = choiceQuestions.map((question) => question.id);
    const one = await start(page.request, locale, { questionIds: ids });
    const two = await start(page.request, locale, { questionIds: ids });
    const orderOf = (session: CreatedSessionBody) => new Map(session.questions.map((question) => [question.id, question.choices!.join("|")]));
    const first = orderOf(one);
    const second = orderOf(two);
    expect(ids.filter((id) => first.get(id) !== second.get(id)).length).toBeGreaterThan(0);
    // The options are the question's own, only reordered.
    for (const question of one.questions) expect([...question.choices!].sort()).toEqual([...getQuestion(question.id)!.choices].sort());

    // The page shows the session's order, and the same after a reload.
    await page.goto(`/${locale}/quiz/session?id=${one.id}`);
    await expect(page.getByRole("progressbar", { name: m.QuizFlow.progressLabel })).toBeVisible();
    const shown = await radioOrder(page);
    expect(shown.id).toBe(one.questions[0]!.id);
    expect(shown.values.join("|")).toBe(first.get(shown.id));
    await page.reload();
    expect(await radioOrder(page)).toEqual(shown);

    // Reading the session back gives the same layout as when it was created.
    const stored = (await (await page.request.get(`/api/quiz-sessions/${one.id}`, { headers: { "Accept-Language": locale } })).json()) as SessionBody;
    expect(stored.questions.map((question) => [question.id, question.choices])).toEqual(one.questions.map((question) => [question.id, question.choices]));
  });

  test(`the default quiz asks unseen questions before repeats (${locale})`, async ({ page }) => {
    const m = MESSAGES[locale];
    // A quiz started from the setup page, answered through the API.
    await page.goto(`/${locale}/quiz`);
    await page.getByRole("radio", { name: "5", exact: true }).check();
    await page.getByRole("radio", { name: m.QuizSetup.mode.choice }).check();
    await page.getByRole("button", { name: m.QuizSetup.start }).click();
    await expect(page.getByRole("progressbar", { name: m.QuizFlow.progressLabel })).toBeVisible();
    const firstId = new URL(page.url()).searchParams.get("id")!;
    const first = (await (await page.request.get(`/api/quiz-sessions/${firstId}`)).json()) as SessionBody;
    const answerAll = async (id: string, questions: readonly { id: string }[]) => {
      for (const question of questions) {
        const response = await page.request.post(`/api/quiz-sessions/${id}/answers`, {
          data: { questionId: question.id, answer: getQuestion(question.id)!.answer },
        });
        expect(response.status()).toBe(200);
      }
    };
    await answerAll(firstId, first.questions);
    const seen = new Set(first.questions.map((question) => question.id));
    // The next quizzes ask none of the answered ones while the bank has unseen ones.
    for (let round = 0; round < 2; round++) {
      const next = await start(page.request, locale, { count: 5 });
      expect(next.questions).toHaveLength(5);
      expect(next.questions.filter((question) => seen.has(question.id))).toEqual([]);
      await answerAll(next.id, next.questions);
      for (const question of next.questions) seen.add(question.id);
    }
  });
}
