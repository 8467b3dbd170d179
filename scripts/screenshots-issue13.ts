// Screenshots of what issue 13 changed, in English and Chinese: review with the four
// grades, a wrong pair in the matching round and a phone quiz with the sticky "Next"
// (into docs/screenshots/), plus the changed pages at 390 and 1280 px for checking by eye
// (into SHOTS_DIR, default /tmp/shots13). Build first; runs its own server and database:
//   npx tsx scripts/screenshots-issue13.ts
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { withPrivateBrowser } from "../e2e/support/private-server";
import { getStudySets } from "../lib/content/study-sets";
import { getAllQuestions, getQuestion } from "../lib/questions/question-banks";

const OUT = "docs/screenshots";
const CHECK = process.env.SHOTS_DIR ?? "/tmp/shots13";
const bank = getAllQuestions();
const agreements = bank.filter((q) => q.kind === "agreement").sort((a, b) => b.source.length - a.source.length);
const labels = bank.filter((q) => q.kind === "label");
const set = getStudySets()[0]!;
const section = set.sections.find((s) => s.title?.includes("Fourth Round")) ?? set.sections[2]!;

async function post(page: Page, locale: string, data: unknown): Promise<{ id: string }> {
  const response = await page.request.post("/api/quiz-sessions", { data, headers: { "Accept-Language": locale } });
  return (await response.json()) as { id: string };
}

async function answerRight(page: Page) {
  const form = page.locator("form[data-question-id]");
  await form.waitFor();
  const id = (await form.getAttribute("data-question-id"))!;
  const values = await form.locator('input[type="radio"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  await page.keyboard.press(String(values.indexOf(getQuestion(id)!.answer) + 1));
  await page.keyboard.press("Enter");
  await page.getByTestId("answer-feedback").waitFor();
}

async function shots(browser: Browser, baseURL: string, locale: "en" | "zh") {
  const context = await browser.newContext({ baseURL, locale: locale === "en" ? "en-GB" : "zh-CN", timezoneId: "UTC" });
  const page = await context.newPage();

  // Review with the four grades.
  await page.setViewportSize({ width: 1280, height: 900 });
  const review = await post(page, locale, { purpose: "review", questionIds: [agreements[3]!.id] });
  await page.goto(`/${locale}/review?id=${review.id}`);
  await answerRight(page);
  await page.getByTestId("review-grades").waitFor();
  await page.getByTestId("review-grades").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/review-grades-${locale}.png` });

  // A wrong pair in the matching round.
  const match = await post(page, locale, { questionIds: labels.map((q) => q.id) });
  await page.goto(`/${locale}/quiz/session?id=${match.id}`);
  const round = page.getByTestId("match-round");
  await round.waitFor();
  const rows = round.locator("button[aria-pressed]");
  const ids = await rows.evaluateAll((buttons) => buttons.map((button) => button.getAttribute("data-question-id")!));
  await rows.first().click();
  await round
    .getByRole("list")
    .nth(1)
    .getByRole("button", { name: getQuestion(ids[1]!)!.answer, exact: true })
    .click();
  await round.getByTestId("match-right").waitFor();
  await round.screenshot({ path: `${OUT}/match-wrong-${locale}.png` });

  // A phone quiz with long feedback and the sticky "Next".
  await page.setViewportSize({ width: 390, height: 844 });
  const phone = await post(page, locale, { questionIds: agreements.slice(0, 2).map((q) => q.id) });
  await page.goto(`/${locale}/quiz/session?id=${phone.id}`);
  await answerRight(page);
  await page.evaluate(() => window.scrollTo(0, 240));
  await page.screenshot({ path: `${OUT}/quiz-next-phone-${locale}.png` });

  // The other changed pages, at both widths, for checking by eye.
  await page
    .getByRole("button")
    .filter({ hasText: /Next|下一题/ })
    .click();
  await answerRight(page);
  await page.keyboard.press("Enter");
  await page.getByTestId("quiz-summary").waitFor();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${CHECK}/summary-${locale}-${width}.png` });
    for (const [name, path] of [
      ["study", `/${locale}/study/${set.slug}/${section.slug}`],
      ["dashboard", `/${locale}/dashboard`],
      ["review", `/${locale}/review`],
    ] as const) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: `${CHECK}/${name}-${locale}-${width}.png`, fullPage: true });
    }
  }
  await context.close();
}

mkdirSync(OUT, { recursive: true });
mkdirSync(CHECK, { recursive: true });
withPrivateBrowser(async (browser, baseURL) => {
  for (const locale of ["en", "zh"] as const) await shots(browser, baseURL, locale);
});
