import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import en from "../messages/en.json";
import zh from "../messages/zh.json";
import { alwaysChoiceQuestions } from "./support/choice-questions";
import { getQuestion } from "../lib/questions/question-banks";
import type { AnswerResult, CreatedSessionBody } from "../lib/quiz/api-types";
import { asDate } from "@/lib/database/sql";
import { E2E_DATABASE_URL } from "../playwright.config";
import { testDatabase } from "./support/test-database";

// Review grades, in both locales: after a right answer a review asks Again / Hard /
// Good / Easy, each button showing when the question would come back; "Next" waits for
// the grade; the four grades schedule four different intervals (read from the cards in
// the database), in the order Again < Hard < Good < Easy. A wrong answer may only be
// Again, and a quiz's answers are not graded.

const MESSAGES = { en, zh } as const;
const GRADES = ["again", "hard", "good", "easy"] as const;
const questions = alwaysChoiceQuestions().slice(0, 5);
// A first answer's intervals with ts-fsrs's defaults (no fuzz): 1 min, 6 min, 10 min, 8 days.
const INTERVAL = {
  en: { again: "1 minute", hard: "6 minutes", good: "10 minutes", easy: "8 days" },
  zh: { again: "1分钟", hard: "6分钟", good: "10分钟", easy: "8天" },
} as const;

for (const locale of ["en", "zh"] as const) {
  test(`the four review grades show and schedule different intervals (${locale})`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const t = MESSAGES[locale].QuizFlow;
    const graded = questions.slice(0, 4);
    const created = await page.request.post("/api/quiz-sessions", {
      data: { purpose: "review", questionIds: graded.map((question) => question.id) },
      headers: { "Accept-Language": locale },
    });
    expect(created.status()).toBe(201);
    const session = (await created.json()) as CreatedSessionBody & { id: string };
    await page.goto(`/${locale}/review?id=${session.id}`);

    const gradeOf = new Map<string, (typeof GRADES)[number]>();
    for (let step = 0; step < graded.length; step++) {
      const form = page.locator("form[data-question-id]");
      const id = (await form.getAttribute("data-question-id"))!;
      const values = await form.locator('input[type="radio"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      await page.keyboard.press(String(values.indexOf(getQuestion(id)!.answer) + 1));
      await page.keyboard.press("Enter");

      const grades = page.getByRole("group", { name: t.gradeLegend });
      await expect(grades).toBeVisible();
      // Each button says when the question would come back; Good has the focus; no "Next" yet.
      for (const grade of GRADES) {
        await expect(grades.getByRole("button", { name: new RegExp(t.grade[grade]) })).toContainText(INTERVAL[locale][grade]);
      }
      await expect(grades.getByRole("button", { name: new RegExp(t.grade.good) })).toBeFocused();
      await expect(page.getByRole("button", { name: new RegExp(`^(${t.next}|${t.finish})$`) })).toHaveCount(0);
      if (step === 0) {
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
      }

      const grade = GRADES[step]!;
      gradeOf.set(id, grade);
      const button = grades.getByRole("button", { name: new RegExp(t.grade[grade]) });
      await button.click();
      await expect(button).toHaveAttribute("aria-pressed", "true");
      await expect(page.getByTestId("quiz-announcer")).toContainText(INTERVAL[locale][grade]);
      const onward = page.getByRole("button", { name: new RegExp(`^(${t.next}|${t.finish})$`) });
      await expect(onward).toBeFocused();
      await page.keyboard.press("Enter");
    }
    await expect(page.getByTestId("quiz-summary")).toBeVisible();

    // The cards fall due in the order of their grades, each at a different time.
    const learner = (await context.cookies()).find((cookie) => cookie.name === "learner")!.value;
    const rows = await testDatabase(E2E_DATABASE_URL).all<{ questionId: string; due: unknown }>(
      `SELECT "questionId", "due" FROM "Card" WHERE "learnerId" = ?`,
      [learner],
    );
    const dues = new Map(rows.map((row) => [row.questionId, asDate(row.due).getTime()]));
    const ordered = GRADES.map((grade) => dues.get([...gradeOf].find(([, given]) => given === grade)![0])!);
    expect(new Set(ordered).size).toBe(4);
    expect([...ordered].sort((a, b) => a - b)).toEqual(ordered);

    // A wrong answer may only be Again; a quiz's answers are not graded; the grade is validated.
    const review = (await (
      await page.request.post("/api/quiz-sessions", { data: { purpose: "review", questionIds: [questions[4]!.id] } })
    ).json()) as CreatedSessionBody & { id: string };
    const wrong = review.questions[0]!;
    const missed = (await (
      await page.request.post(`/api/quiz-sessions/${review.id}/answers`, {
        data: { questionId: wrong.id, answer: wrong.choices!.find((c) => c !== getQuestion(wrong.id)!.answer) },
      })
    ).json()) as AnswerResult;
    expect(missed.grades).toBeDefined();
    const gradePath = `/api/quiz-sessions/${review.id}/answers/${encodeURIComponent(wrong.id)}/grade`;
    const refused = await page.request.post(gradePath, { data: { grade: "easy" }, headers: { "Accept-Language": locale } });
    expect(refused.status()).toBe(409);
    expect(await refused.json()).toEqual({ error: { code: "grade_not_allowed", message: MESSAGES[locale].ApiErrors.grade_not_allowed } });
    expect((await page.request.post(gradePath, { data: { grade: "again" } })).status()).toBe(200);
    expect((await page.request.post(gradePath, { data: { grade: "perfect" } })).status()).toBe(400);
    const quiz = (await (await page.request.post("/api/quiz-sessions", { data: { questionIds: [questions[4]!.id] } })).json()) as CreatedSessionBody & {
      id: string;
    };
    await page.request.post(`/api/quiz-sessions/${quiz.id}/answers`, { data: { questionId: questions[4]!.id, answer: questions[4]!.answer } });
    const notReview = await page.request.post(`/api/quiz-sessions/${quiz.id}/answers/${encodeURIComponent(questions[4]!.id)}/grade`, {
      data: { grade: "good" },
      headers: { "Accept-Language": locale },
    });
    expect(await notReview.json()).toEqual({ error: { code: "not_gradable", message: MESSAGES[locale].ApiErrors.not_gradable } });
    await context.close();
  });
}
