import { expect, test, type Locator, type Page } from "@playwright/test";
import en from "../messages/en.json";
import zh from "../messages/zh.json";
import { alwaysChoiceQuestions } from "./support/choice-questions";
import type { CreatedSessionBody } from "../lib/quiz/api-types";
import { E2E_DATABASE_URL } from "../playwright.config";
import { testDatabase } from "./support/test-database";

// One set of numbers, in both locales: the dashboard and the review page show the same
// due counts under the same labels (due now ≤ by the end of today ≤ within 7 days); the
// review page's day list adds up to the 7-day count; "Review N" starts a review of N.

const MESSAGES = { en, zh } as const;
const questions = alwaysChoiceQuestions().slice(0, 4);

const numberIn = async (locator: Locator) => Number(((await locator.textContent()) ?? "").match(/\d+/)?.[0] ?? 0);

async function counts(page: Page, scope: Locator, labels: { now: string; today: string; week: string }) {
  const value = (label: string) => numberIn(scope.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]"));
  return { now: await value(labels.now), today: await value(labels.today), week: await value(labels.week) };
}

for (const locale of ["en", "zh"] as const) {
  test(`due counts agree on the dashboard and the review page (${locale})`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const m = MESSAGES[locale];
    const created = await page.request.post("/api/quiz-sessions", { data: { questionIds: questions.map((q) => q.id) } });
    const session = (await created.json()) as CreatedSessionBody & { id: string };
    for (const question of session.questions) {
      const wrong = question.choices!.find((choice) => choice !== questions.find((q) => q.id === question.id)!.answer);
      expect((await page.request.post(`/api/quiz-sessions/${session.id}/answers`, { data: { questionId: question.id, answer: wrong } })).status()).toBe(200);
    }
    // Two due an hour ago, one in a minute (later today, unless midnight is that close), one in three days.
    const learner = (await context.cookies()).find((cookie) => cookie.name === "learner")!.value;
    const db = testDatabase(E2E_DATABASE_URL);
    const at = (ms: number) => new Date(Date.now() + ms);
    const update = `UPDATE "Card" SET "due" = ? WHERE "learnerId" = ? AND "questionId" = ?`;
    await db.run(update, [at(-3_600_000), learner, questions[0]!.id]);
    await db.run(update, [at(-3_600_000), learner, questions[1]!.id]);
    await db.run(update, [at(3 * 86_400_000), learner, questions[3]!.id]);

    await page.goto(`/${locale}/dashboard`);
    const stats = page.getByTestId("dashboard-stats");
    await expect(stats.locator("dd").first()).toHaveText(/\d/);
    const dashboard = await counts(page, stats, m.DueCounts);
    expect(dashboard.now).toBe(2);
    expect(dashboard.week).toBe(4);
    expect(dashboard.now).toBeLessThanOrEqual(dashboard.today);
    expect(dashboard.today).toBeLessThanOrEqual(dashboard.week);

    await page.goto(`/${locale}/review`);
    const overview = page.getByTestId("review-overview");
    await expect(overview).toBeVisible();
    expect(await counts(page, page.getByTestId("review-due-counts"), m.DueCounts)).toEqual(dashboard);
    await expect(overview.getByRole("heading", { level: 2 }).first()).toContainText(String(dashboard.now));
    // The list: due now, then day by day; together the 7-day count.
    const rows = page.getByTestId("review-upcoming").getByRole("listitem");
    const perRow = await Promise.all((await rows.all()).map((row) => numberIn(row.locator("span.font-semibold"))));
    expect(perRow[0]).toBe(dashboard.now);
    expect(perRow.reduce((sum, count) => sum + count, 0)).toBe(dashboard.week);
    // "Review 2" starts a review of 2.
    await overview.getByRole("button", { name: new RegExp(String(dashboard.now)) }).click();
    await expect(page.getByRole("progressbar", { name: m.QuizFlow.progressLabel })).toHaveAttribute("aria-valuemax", String(dashboard.now));
    await context.close();
  });
}
