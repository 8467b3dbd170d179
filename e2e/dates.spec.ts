import { expect, test, type Page } from "@playwright/test";
import { getStudySets } from "../lib/content/study-sets";
import { getAllQuestions } from "../lib/questions/question-banks";
import type { CreatedSessionBody } from "../lib/quiz/api-types";

// One date format per locale, everywhere: the home page, a study page, the dashboard's
// sessions and next review, and the review page's days all write English dates day first
// ("5 May 2023") and Chinese ones 2023年5月5日.

const FORMAT = { en: /^\d{1,2} [A-Z][a-z]+ \d{4}/, zh: /^\d{4}年\d{1,2}月\d{1,2}日/ } as const;
const set = getStudySets()[0]!;
const dated = set.sections.find((section) => section.date)!;

async function expectDates(page: Page, locale: "en" | "zh", minimum: number) {
  const times = page.locator("main time");
  await expect(times.first()).toBeVisible();
  const texts = await times.allTextContents();
  expect(texts.length).toBeGreaterThanOrEqual(minimum);
  for (const text of texts) expect(text.trim(), `${page.url()}: ${text}`).toMatch(FORMAT[locale]);
}

for (const locale of ["en", "zh"] as const) {
  test(`dates have one format per locale on every page (${locale})`, async ({ page }) => {
    const question = getAllQuestions().find((q) => q.kind === "agreement" && q.choices.length >= 3)!;
    const session = (await (await page.request.post("/api/quiz-sessions", { data: { questionIds: [question.id] } })).json()) as CreatedSessionBody & {
      id: string;
    };
    const wrong = session.questions[0]!.choices!.find((choice) => choice !== question.answer);
    expect((await page.request.post(`/api/quiz-sessions/${session.id}/answers`, { data: { questionId: question.id, answer: wrong } })).status()).toBe(200);

    await page.goto(`/${locale}`);
    await expectDates(page, locale, 1);
    await page.goto(`/${locale}/study/${set.slug}/${dated.slug}`);
    await expectDates(page, locale, 1);
    await page.goto(`/${locale}/dashboard`);
    await expect(page.getByTestId("session-row")).toHaveCount(1);
    await expectDates(page, locale, 2);
    await page.goto(`/${locale}/review`);
    await expect(page.getByTestId("review-upcoming")).toBeVisible();
    await expectDates(page, locale, 7);
  });
}
