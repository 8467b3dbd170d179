import { expect, test, type Locator, type Page } from "@playwright/test";
import en from "../messages/en.json";
import zh from "../messages/zh.json";
import { alwaysChoiceQuestions } from "./support/choice-questions";
import { getStudySets } from "../lib/content/study-sets";
import { getQuestion } from "../lib/questions/question-banks";
import type { CreatedSessionBody } from "../lib/quiz/api-types";

// Placement, in both locales: "Mark as studied" also at the end of the section text;
// the summary's actions at its top; "Next question" in view on a phone after long
// feedback; buttons and the studied status on one line at 1280 and 390 px.

const MESSAGES = { en, zh } as const;
const set = getStudySets()[0]!;
const section = set.sections.find((s) => s.title && s.labelZh && s.paragraphs.length > 3) ?? set.sections[1]!;
// The question with the longest source: the longest feedback.
const long = alwaysChoiceQuestions()
  .sort((a, b) => b.source.length - a.source.length)
  .slice(0, 2);

/** One line of text: no taller than the 44 px minimum target (plus borders). */
async function expectOneLine(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box, "on screen").not.toBeNull();
  expect(box!.height, `${await locator.textContent()} stays on one line`).toBeLessThanOrEqual(48);
}

async function answerRight(page: Page) {
  const form = page.locator("form[data-question-id]");
  const id = (await form.getAttribute("data-question-id"))!;
  const values = await form.locator('input[type="radio"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  await page.keyboard.press(String(values.indexOf(getQuestion(id)!.answer) + 1));
  await page.keyboard.press("Enter");
}

for (const locale of ["en", "zh"] as const) {
  const m = MESSAGES[locale];

  test(`"Mark as studied" at the end of the text too, and nothing wraps (${locale})`, async ({ page }) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${locale}/study/${set.slug}/${section.slug}`);
      const top = page.getByRole("button", { name: m.MarkStudiedToggle.mark, exact: true });
      await expect(top).toBeVisible();
      await expectOneLine(top);
      await expectOneLine(page.getByTestId("mark-studied-end").getByRole("button"));
    }
    // Marked from the end of the text: both places and the status agree.
    const end = page.getByTestId("mark-studied-end");
    await end.getByRole("button", { name: m.MarkStudiedToggle.markEnd }).click();
    await expect(end.getByRole("button", { name: m.MarkStudiedToggle.unmarkEnd })).toBeVisible();
    await expect(page.getByRole("button", { name: m.MarkStudiedToggle.unmark, exact: true })).toBeVisible();
    await expect(end).toContainText(m.MarkStudiedToggle.marked);
    await expectOneLine(page.getByRole("button", { name: m.MarkStudiedToggle.unmark, exact: true }));
    await end.getByRole("button", { name: m.MarkStudiedToggle.unmarkEnd }).click();
    await expect(page.getByRole("button", { name: m.MarkStudiedToggle.mark, exact: true })).toBeVisible();
  });

  test(`a phone keeps "Next" in view after long feedback; the summary's actions come first (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const created = await page.request.post("/api/quiz-sessions", { data: { questionIds: long.map((q) => q.id) }, headers: { "Accept-Language": locale } });
    const session = (await created.json()) as CreatedSessionBody & { id: string };
    await page.goto(`/${locale}/quiz/session?id=${session.id}`);
    await answerRight(page);
    const next = page.getByRole("button", { name: m.QuizFlow.next });
    await expect(next).toBeFocused();
    await expect(next).toBeInViewport({ ratio: 1 });
    await expectOneLine(next);
    // Scrolled back to the question, "Next" is still on screen (sticky).
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(next).toBeInViewport({ ratio: 1 });
    await next.click();
    await answerRight(page);
    await page.getByRole("button", { name: m.QuizFlow.finish }).click();

    const summary = page.getByTestId("quiz-summary");
    const actions = summary.getByTestId("summary-actions");
    await expect(actions.getByRole("link", { name: m.QuizSummary.newQuiz })).toBeInViewport();
    const tables = await summary.getByRole("table").first().boundingBox();
    expect((await actions.boundingBox())!.y).toBeLessThan(tables!.y);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await expectOneLine(actions.getByRole("link", { name: m.QuizSummary.newQuiz }));
    }
  });
}
