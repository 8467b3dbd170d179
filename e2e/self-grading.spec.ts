import { expect, test, type Page } from "@playwright/test";
import en from "../messages/en.json";
import zh from "../messages/zh.json";
import { getAllQuestions, getQuestion } from "../lib/questions/question-banks";
import type { CreatedSessionBody } from "../lib/quiz/api-types";

// Self-grading, in both locales: "I was right" asks first, can be taken back until the
// next question, and not after; ordinals typed as digits ("4th", "第四") are right;
// a question that stays multiple choice in a typed quiz says so.

const MESSAGES = { en, zh } as const;
const bank = getAllQuestions();
const ordinal = bank.find((question) => question.kind === "number" && /^(first|second|third|fourth|fifth|sixth)$/.test(question.answer));
// Dates: typed in every session (a name the app has no Chinese for stays multiple choice).
const typeable = bank.filter((question) => question.kind === "date").slice(0, 2);
const agreement = bank.find((question) => question.kind === "agreement" && question.choices.length >= 3)!;
const DIGITS: Record<string, string> = { first: "1st", second: "2nd", third: "3rd", fourth: "4th", fifth: "5th", sixth: "6th" };
const CHINESE: Record<string, string> = { first: "第一", second: "第二", third: "第三", fourth: "第四", fifth: "第五", sixth: "第六" };

async function start(page: Page, locale: "en" | "zh", questionIds: string[]) {
  const response = await page.request.post("/api/quiz-sessions", { data: { questionIds, mode: "typed" }, headers: { "Accept-Language": locale } });
  expect(response.status()).toBe(201);
  const session = (await response.json()) as CreatedSessionBody & { id: string };
  await page.goto(`/${locale}/quiz/session?id=${session.id}`);
  return session;
}

async function typeAnswer(page: Page, text: string) {
  const field = page.locator("form[data-question-id] input[type=text]");
  await expect(field).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

for (const locale of ["en", "zh"] as const) {
  test(`"I was right" asks for confirmation and can be undone until the next question (${locale})`, async ({ page }) => {
    const t = MESSAGES[locale].QuizFlow;
    const session = await start(
      page,
      locale,
      typeable.map((question) => question.id),
    );
    const feedback = page.getByTestId("answer-feedback");
    await typeAnswer(page, "Qin Gnag");
    await expect(feedback.getByRole("heading", { name: t.incorrect })).toBeVisible();

    // Asked first; Cancel leaves it wrong.
    await page.getByRole("button", { name: t.override }).click();
    const confirm = page.getByRole("group", { name: /Qin Gnag/ });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole("button", { name: t.overrideYes })).toBeFocused();
    await confirm.getByRole("button", { name: t.overrideCancel }).click();
    await expect(confirm).toHaveCount(0);
    await expect(feedback.getByRole("heading", { name: t.incorrect })).toBeVisible();

    // Confirmed: counted as right; then undone: wrong again, and the server agrees.
    await page.getByRole("button", { name: t.override }).click();
    await page.getByRole("button", { name: t.overrideYes }).click();
    await expect(feedback.getByRole("heading", { name: t.overridden })).toBeVisible();
    await page.getByRole("button", { name: t.overrideUndo }).click();
    await expect(feedback.getByRole("heading", { name: t.incorrect })).toBeVisible();
    await expect(page.getByTestId("quiz-announcer")).toHaveText(t.announceUndone);
    const first = session.questions[0]!.id;
    const stored = await (await page.request.get(`/api/quiz-sessions/${session.id}`)).json();
    expect(stored.questions[0].result).toMatchObject({ correct: false, overridden: false, overridable: true });

    // Right again, then the next question: no more undo, and the API refuses one.
    await page.getByRole("button", { name: t.override }).click();
    await page.getByRole("button", { name: t.overrideYes }).click();
    await expect(page.getByRole("button", { name: t.overrideUndo })).toBeVisible();
    await page.getByRole("button", { name: t.next }).click();
    await expect(page.getByRole("button", { name: t.overrideUndo })).toHaveCount(0);
    // The next answer is stored before the undo is tried (no race with its request).
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST" && /\/answers$/.test(new URL(response.url()).pathname)),
      typeAnswer(page, getQuestion(session.questions[1]!.id)!.answer),
    ]);
    const late = await page.request.delete(`/api/quiz-sessions/${session.id}/answers/${encodeURIComponent(first)}/override`, {
      headers: { "Accept-Language": locale },
    });
    expect(late.status()).toBe(409);
    expect(await late.json()).toEqual({ error: { code: "not_undoable", message: MESSAGES[locale].ApiErrors.not_undoable } });
  });

  test(`ordinals typed as digits or in Chinese are right; multiple choice in a typed quiz says so (${locale})`, async ({ page }) => {
    const t = MESSAGES[locale].QuizFlow;
    expect(ordinal, "the bank has an ordinal answer").toBeDefined();
    await start(page, locale, [ordinal!.id, agreement.id]);
    const form = page.locator("form[data-question-id]");
    // The session's order is seeded: answer whichever comes first.
    for (let step = 0; step < 2; step++) {
      const id = (await form.getAttribute("data-question-id"))!;
      if (id === ordinal!.id) {
        await typeAnswer(page, locale === "en" ? DIGITS[ordinal!.answer]! : CHINESE[ordinal!.answer]!);
        await expect(page.getByTestId("answer-feedback").getByRole("heading", { name: t.correct })).toBeVisible();
      } else {
        await expect(page.getByTestId("stays-choice")).toHaveText(t.staysChoice);
        await expect(page.getByTestId("stays-choice")).toBeVisible();
        await page.keyboard.press("1");
        await page.keyboard.press("Enter");
        await expect(page.getByTestId("answer-feedback")).toBeVisible();
      }
      await page.getByRole("button", { name: step === 0 ? t.next : t.finish }).click();
    }
  });
}
