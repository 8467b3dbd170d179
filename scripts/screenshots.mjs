// Screenshots of every page in both locales, at a phone's and a desktop's width, for
// looking at the result: home, a study page, the glossary, quiz setup, a quiz question
// and its feedback, review, the dashboard and the 404 page, as a learner who has studied
// two sections and finished a quiz. Build first; runs its own server and database:
//   npx tsx scripts/screenshots.mjs [--docs]
// into SHOTS_DIR (default /tmp/visit-screenshots), named <page>-<locale>-<phone|desktop>.png;
// --docs also refreshes the README's home and study screenshots in docs/screenshots/.
// Elements are found by role and name, with the interface's own strings, as the e2e suite does.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { withPrivateBrowser } from "../e2e/support/private-server.ts";
import { getStudySets } from "../lib/content/study-sets.ts";

const OUT = process.env.SHOTS_DIR ?? "/tmp/visit-screenshots";
const DOCS = "docs/screenshots";
const MESSAGES = { en: readJson("messages/en.json"), zh: readJson("messages/zh.json") };
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

const set = getStudySets()[0];
const [opening, studied] = [set.sections[0], set.sections.find((section) => section.title?.includes("Fourth Round")) ?? set.sections[2]];

function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** A learner with two studied sections and a finished quiz (right and wrong answers), made through the API. */
async function makeLearner(request, locale) {
  for (const section of [opening, studied]) {
    const response = await request.put(`/api/studied/${encodeURIComponent(section.id)}`);
    if (!response.ok()) throw new Error(`PUT /api/studied answered ${response.status()}`);
  }
  const created = await request.post("/api/quiz-sessions", { data: { sections: [studied.id], count: 4 }, headers: { "Accept-Language": locale } });
  const session = await created.json();
  for (const question of session.questions) {
    const grid = session.matching.find((group) => group.questionIds.includes(question.id));
    const answer = grid?.choices[0] ?? question.choices?.[1] ?? "not the answer";
    await request.post(`/api/quiz-sessions/${session.id}/answers`, { data: { questionId: question.id, answer } });
  }
}

/** Each page: its path, and what shows that it has finished loading, found by role and name. */
function pages(m) {
  const heading = (page, name) => page.getByRole("heading", { level: 1, name, exact: true });
  return [
    ["home", "", (page) => page.getByRole("progressbar").and(page.locator("[aria-valuenow]"))],
    ["study", `/study/${set.slug}/${studied.slug}`, (page) => page.getByRole("button", { name: m.MarkStudiedToggle.unmark, exact: true })],
    ["glossary", `/glossary/${set.slug}`, (page) => heading(page, m.Glossary.pageTitle)],
    ["quiz-setup", "/quiz", (page) => page.getByRole("button", { name: m.QuizSetup.start })],
    ["review", "/review", (page) => page.getByRole("term").filter({ hasText: m.DueCounts.now })],
    ["dashboard", "/dashboard", (page) => page.getByRole("table", { name: m.Dashboard.sectionsCaption })],
    ["not-found", "/no-such-page", (page) => heading(page, m.NotFoundPage.title)],
  ];
}

async function shoot(page, name, device) {
  // Fonts and layout settle after the data arrives.
  await page.waitForLoadState("networkidle");
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, fullPage: device === "desktop" });
  console.log(path);
}

/** A quiz on the studied section: the question, then its feedback after the first choice. */
async function quiz(page, request, locale, m, device) {
  const created = await request.post("/api/quiz-sessions", {
    data: { sections: [studied.id], count: 3, mode: "choice" },
    headers: { "Accept-Language": locale },
  });
  const { id } = await created.json();
  await page.goto(`/${locale}/quiz/session?id=${id}`);
  await page.getByRole("button", { name: m.QuizFlow.check }).waitFor();
  await shoot(page, `quiz-question-${locale}-${device}`, device);
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: m.QuizFlow.check }).click();
  await page.getByRole("heading", { name: new RegExp(`^(${m.QuizFlow.correct}|${m.QuizFlow.incorrect})$`) }).waitFor();
  await shoot(page, `quiz-feedback-${locale}-${device}`, device);
}

mkdirSync(OUT, { recursive: true });
withPrivateBrowser(async (browser, baseURL) => {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    for (const locale of ["en", "zh"]) {
      const m = MESSAGES[locale];
      // A fresh context, so a new learner, per locale and width.
      const context = await browser.newContext({
        baseURL,
        viewport,
        deviceScaleFactor: device === "phone" ? 2 : 1,
        locale: locale === "en" ? "en-GB" : "zh-CN",
        timezoneId: "UTC",
      });
      await makeLearner(context.request, locale);
      const page = await context.newPage();
      for (const [name, path, loaded] of pages(m)) {
        await page.goto(`/${locale}${path}`);
        await loaded(page).waitFor();
        await shoot(page, `${name}-${locale}-${device}`, device);
      }
      await quiz(page, context.request, locale, m, device);
      await context.close();
    }
  }
  if (process.argv.includes("--docs")) {
    mkdirSync(DOCS, { recursive: true });
    for (const name of ["home", "study"])
      for (const locale of ["en", "zh"])
        for (const device of Object.keys(VIEWPORTS)) copyFileSync(join(OUT, `${name}-${locale}-${device}.png`), join(DOCS, `${name}-${locale}-${device}.png`));
    console.log(`${DOCS}/{home,study}-{en,zh}-{desktop,phone}.png`);
  }
});
