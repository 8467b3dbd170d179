import { expect, test, type Page } from "@playwright/test";
import en from "../messages/en.json";
import zh from "../messages/zh.json";
import { alwaysChoiceQuestions } from "./support/choice-questions";
import { getQuestion } from "../lib/questions/question-banks";
import type { CreatedSessionBody } from "../lib/quiz/api-types";

// Honest history, in both locales: an abandoned session leaves the dashboard's scores
// and chart unchanged, shows as unfinished with its kind, and resumes from the
// dashboard; a session counts once it has an answer; a retry is listed as a retry.

const MESSAGES = { en, zh } as const;
const KIND = {
  en: { choice: "Multiple choice", typed: "Typed", retry: "Retry" },
  zh: { choice: "选择题", typed: "填写答案", retry: "重做" },
} as const;
const RESUME = { en: "Resume", zh: "继续" } as const;
const choiceQuestions = alwaysChoiceQuestions().slice(0, 3);

async function chartState(page: Page) {
  const chart = page.getByTestId("sessions-chart");
  await expect(chart).toBeVisible();
  return { caption: await chart.locator("figcaption").textContent(), bars: await chart.locator("svg text").allTextContents() };
}

for (const locale of ["en", "zh"] as const) {
  test(`an abandoned session leaves the scores unchanged, shows as unfinished and resumes from the dashboard (${locale})`, async ({ page }) => {
    const m = MESSAGES[locale];
    const headers = { "Accept-Language": locale };
    // One finished quiz: two right, one wrong.
    const created = await page.request.post("/api/quiz-sessions", { data: { questionIds: choiceQuestions.map((q) => q.id) }, headers });
    const done = (await created.json()) as CreatedSessionBody & { id: string };
    for (const [index, question] of done.questions.entries()) {
      const bank = getQuestion(question.id)!;
      const answer = index === 0 ? question.choices!.find((choice) => choice !== bank.answer)! : bank.answer;
      expect((await page.request.post(`/api/quiz-sessions/${done.id}/answers`, { data: { questionId: question.id, answer } })).status()).toBe(200);
    }
    await page.goto(`/${locale}/dashboard`);
    const rows = page.getByTestId("session-row");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(KIND[locale].choice);
    const before = await chartState(page);
    expect(before.bars).toHaveLength(2); // the bar's percentage and its number

    // Open a typed quiz from the setup page and leave without answering.
    await page.goto(`/${locale}/quiz`);
    await page.getByRole("radio", { name: "5", exact: true }).check();
    await page.getByRole("radio", { name: m.QuizSetup.mode.typed }).check();
    await page.getByRole("button", { name: m.QuizSetup.start }).click();
    const progress = page.getByRole("progressbar", { name: m.QuizFlow.progressLabel });
    await expect(progress).toBeVisible();
    const abandoned = await progress.getAttribute("aria-valuetext");
    await page.getByRole("navigation", { name: m.SiteHeader.navLabel }).getByRole("link", { name: m.SiteHeader.dashboard }).click();

    // The chart and its scores are as they were; the session is listed, unfinished, with its kind.
    await expect(rows).toHaveCount(2);
    expect(await chartState(page)).toEqual(before);
    const open = page.locator('[data-testid="session-row"][data-status="not-started"]');
    await expect(open).toContainText(KIND[locale].typed);
    await expect(open).toContainText(m.Dashboard.sessionUnfinished.split(/[:：]/)[0]!);

    // Resume it from the dashboard: the same session, at its first question.
    await open.getByRole("link", { name: new RegExp(`^${RESUME[locale]}`) }).click();
    await expect(progress).toHaveAttribute("aria-valuetext", abandoned!);
    const field = page.locator("form[data-question-id] input[type=text], form[data-question-id] input[type=radio]").first();
    await expect(field).toBeVisible();
    const id = (await page.locator("form[data-question-id]").getAttribute("data-question-id"))!;
    const sessionId = new URL(page.url()).searchParams.get("id")!;
    expect((await page.request.post(`/api/quiz-sessions/${sessionId}/answers`, { data: { questionId: id, answer: getQuestion(id)!.answer } })).status()).toBe(
      200,
    );

    // Once it has an answer it counts: a second bar, and the row says how far it got.
    await page.goto(`/${locale}/dashboard`);
    await expect(page.locator('[data-testid="session-row"][data-status="unfinished"]')).toHaveCount(1);
    const after = await chartState(page);
    expect(after.bars).toHaveLength(4);
    expect(after.bars).toEqual(expect.arrayContaining(before.bars));

    // A retry is listed as a retry.
    const retry = await page.request.post("/api/quiz-sessions", { data: { purpose: "retry", questionIds: [choiceQuestions[0]!.id] }, headers });
    expect(retry.status()).toBe(201);
    await page.reload();
    await expect(rows).toHaveCount(3);
    await expect(rows.last()).toContainText(KIND[locale].retry);
  });
}
