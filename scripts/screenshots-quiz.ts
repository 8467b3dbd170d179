// Screenshots of the quiz feedback, a matching round, the summary, the dashboard and
// the review page, in English and Chinese, into docs/screenshots/. Runs the production
// build (build first: `npm run build`) on a free port with a database of its own:
//   npx tsx scripts/screenshots-quiz.ts
// Answers are chosen from the question bank built here (right or wrong on purpose), so
// every state shown is a real one.
import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { withPrivateBrowser } from "../e2e/support/private-server";
import { getStudySets } from "../lib/content/study-sets";
import { getQuestion } from "../lib/questions/question-banks";

const OUT = "docs/screenshots";

async function questionId(page: Page): Promise<string> {
  const form = page.locator("form[data-question-id]");
  await form.waitFor();
  return (await form.getAttribute("data-question-id"))!;
}

/** Answers the single question on screen, right or wrong, like a keyboard user. */
async function answer(page: Page, right: boolean) {
  const question = getQuestion(await questionId(page))!;
  const typed = page.locator('form[data-question-id] input[type="text"]');
  if (await typed.count()) {
    await typed.fill(right ? question.answer : "Lahore");
  } else {
    const choices = await page
      .locator('form[data-question-id] input[type="radio"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const index = right ? choices.indexOf(question.answer) : choices.findIndex((choice) => choice !== question.answer);
    await page.keyboard.press(String(index + 1));
  }
  await page.keyboard.press("Enter");
  await page.getByTestId("answer-feedback").waitFor();
}

/** Pairs every row of the matching round: the first row wrong when `missFirst`, the rest right. */
async function match(page: Page, missFirst: boolean) {
  const round = page.getByTestId("match-round");
  for (let row = 0; ; row++) {
    const left = round.locator("button[aria-pressed]").first();
    if (!(await left.count())) break;
    const question = getQuestion((await left.getAttribute("data-question-id"))!)!;
    await left.click();
    const rights = round.locator("ul").nth(1).locator("button:not([disabled])");
    const texts = await rights.allTextContents();
    const wanted = row === 0 && missFirst ? texts.findIndex((text) => text !== question.answer) : texts.indexOf(question.answer);
    await rights.nth(Math.max(0, wanted)).click();
    await page.waitForTimeout(150);
  }
}

/** Presses Enter on the focused "Next" and waits for the next step (or the summary). */
async function next(page: Page) {
  const before = await page.getByRole("progressbar").getAttribute("aria-valuetext");
  await page.keyboard.press("Enter");
  await page.waitForFunction((previous) => {
    const bar = document.querySelector('[role="progressbar"]');
    return !bar || bar.getAttribute("aria-valuetext") !== previous;
  }, before);
}

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
  console.log(`${OUT}/${name}.png`);
}

async function run(page: Page, locale: "en" | "zh") {
  const set = getStudySets()[0]!;
  for (const section of set.sections.slice(1, 4)) {
    await page.goto(`/${locale}/study/${set.slug}/${section.slug}`);
    await page.getByRole("button", { name: locale === "en" ? "Mark as studied" : "标记为已学习" }).click();
    await page.getByRole("button", { name: locale === "en" ? "Mark as not studied" : "标记为未学习" }).waitFor();
  }

  await page.goto(`/${locale}/quiz`);
  await page.locator('input[name="count"]').nth(1).check();
  await page.locator('input[name="mode"]').nth(2).check();
  await page.locator("form button[type=submit]").click();
  await page.waitForURL(/quiz\/session/);
  let shotFeedback = false;
  for (let step = 0; step < 20; step++) {
    await page.locator("form[data-question-id], [data-testid=match-round], [data-testid=quiz-summary]").first().waitFor();
    if (await page.getByTestId("quiz-summary").count()) break;
    if (await page.getByTestId("match-round").count()) {
      await match(page, false);
    } else {
      // Miss the second question, to show the feedback of a wrong answer.
      await answer(page, step !== 1);
      if (!shotFeedback && step === 1) {
        await shoot(page, `quiz-feedback-${locale}`);
        shotFeedback = true;
      }
    }
    await next(page);
  }
  await page.getByTestId("quiz-summary").waitFor();
  await shoot(page, `quiz-summary-${locale}`);

  // Retry the missed ones, all right this time, so the dashboard has two sessions.
  const finishedUrl = page.url();
  await page.getByTestId("quiz-summary").getByRole("button").first().click();
  await page.waitForURL((url) => url.href !== finishedUrl);
  await page.getByRole("progressbar").waitFor();
  for (let step = 0; step < 20; step++) {
    await page.locator("form[data-question-id], [data-testid=match-round], [data-testid=quiz-summary]").first().waitFor();
    if (await page.getByTestId("quiz-summary").count()) break;
    if (await page.getByTestId("match-round").count()) await match(page, false);
    else await answer(page, true);
    await next(page);
  }

  // A quiz of Chinese labels only: its questions form matching rounds.
  await page.goto(`/${locale}/quiz`);
  const kinds = page.locator("fieldset").nth(1).locator('input[type="checkbox"]');
  for (let index = 0; index < (await kinds.count()); index++) await kinds.nth(index).setChecked(index === 3);
  await page.locator('input[name="count"]').nth(0).check();
  await page.locator("form button[type=submit]").click();
  // A label whose grid partner was not drawn is asked alone; the first grid is the one shown.
  let shotMatch = false;
  for (let step = 0; step < 10; step++) {
    await page.locator("form[data-question-id], [data-testid=match-round], [data-testid=quiz-summary]").first().waitFor();
    if (await page.getByTestId("quiz-summary").count()) break;
    if (await page.getByTestId("match-round").count()) {
      await match(page, !shotMatch);
      if (!shotMatch) await shoot(page, `quiz-match-${locale}`);
      shotMatch = true;
    } else {
      await answer(page, true);
    }
    await next(page);
  }

  await page.goto(`/${locale}/dashboard`);
  await page.getByTestId("dashboard-stats").waitFor();
  await shoot(page, `dashboard-${locale}`);
  await page.goto(`/${locale}/review`);
  await page.getByTestId("review-overview").waitFor();
  await shoot(page, `review-${locale}`);
}

mkdirSync(OUT, { recursive: true });
withPrivateBrowser(async (browser, baseURL) => {
  for (const locale of ["en", "zh"] as const) {
    // A fresh context per locale: a new learner each time.
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 1100, height: 900 },
      locale: locale === "en" ? "en-GB" : "zh-CN",
      timezoneId: "UTC",
    });
    await run(await context.newPage(), locale);
    await context.close();
  }
});
