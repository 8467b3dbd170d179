import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import en from "../messages/en.json";
import zh from "../messages/zh.json";
import { getAllQuestions } from "../lib/questions/question-banks";

// Questions across the two languages, in both locales: a term question answered in
// pinyin with tone numbers, a name typed in characters (秦刚: "Qin Gang" is its own pinyin,
// so only characters score), a term picked by its Chinese, and, in the Chinese interface, a
// date choice that reads 2023年5月6日 and a person choice that reads 比拉瓦尔 beside the English.

const MESSAGES = { en, zh } as const;
const questions = getAllQuestions();
const typedTerm = questions.find((question) => question.kind === "term" && question.choices.length === 0 && question.answer === "伊斯兰堡")!;
const qinTerm = questions.find((question) => question.kind === "term" && question.answer === "秦刚")!;
// A choice whose answer is Chinese, so it reads the same in both interfaces.
const pickTerm = questions.find((question) => question.kind === "term" && question.choices.length > 0 && /\p{Script=Han}/u.test(question.answer))!;
const dateQuestion = questions.find((question) => question.kind === "date" && question.answer === "May 6, 2023")!;
const bilawal = questions.find((question) => question.kind === "participant" && question.answer === "Bilawal Bhutto Zardari")!;

async function startSession(page: Page, locale: "en" | "zh", ids: string[]) {
  await page.goto(`/${locale}`);
  const response = await page.request.post("/api/quiz-sessions", { data: { questionIds: ids, mode: "choice" } });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await page.goto(`/${locale}/quiz/session?id=${id}`);
}

for (const locale of ["en", "zh"] as const) {
  const m = MESSAGES[locale];

  test(`a term question answered in pinyin, a name typed in characters, one picked in Chinese (${locale})`, async ({ page }) => {
    await startSession(page, locale, [typedTerm.id, qinTerm.id, pickTerm.id]);
    // A session's order is seeded: answer whichever comes first.
    for (let step = 0; step < 3; step++) {
      const id = await page.locator("form[data-question-id]").getAttribute("data-question-id");
      if (id === typedTerm.id || id === qinTerm.id) {
        const question = id === typedTerm.id ? typedTerm : qinTerm;
        const form = page.locator(`form[data-question-id="${question.id}"]`);
        await expect(form.locator("label").first()).toHaveText(question.prompt[locale]);
        await expect(form.locator("input[type=radio]")).toHaveCount(0);
        await form.getByRole("textbox").fill(question === typedTerm ? "yi1 si1 lan2 bao3" : "秦刚");
        await expectNoViolations(page, `typed term question (${locale})`);
        await page.keyboard.press("Enter");
        const feedback = page.getByTestId("answer-feedback");
        await expect(feedback.getByRole("heading", { name: m.QuizFlow.correct })).toBeVisible();
        await expect(feedback.getByTestId("right-answer")).toHaveText(question.answer);
      } else {
        const pick = page.locator(`form[data-question-id="${pickTerm.id}"]`);
        await expect(pick.locator("legend")).toHaveText(pickTerm.prompt[locale]);
        await pick.getByRole("radio", { name: pickTerm.answer }).check();
        await expectNoViolations(page, `term choice question (${locale})`);
        await pick.getByRole("button", { name: m.QuizFlow.check }).click();
        await expect(page.getByTestId("answer-feedback").getByRole("heading", { name: m.QuizFlow.correct })).toBeVisible();
      }
      await page.getByRole("button", { name: step < 2 ? m.QuizFlow.next : m.QuizFlow.finish }).click();
    }

    // The dashboard counts one place (伊斯兰堡) and one person (秦刚) learned.
    await page.goto(`/${locale}/dashboard`);
    const table = page.getByRole("table", { name: m.Glossary.learnedCaption });
    const total = (kind: string) => questions.filter((question) => question.kind === "term" && question.glossaryKind === kind).length;
    const value = (learned: number, kind: string) => m.Glossary.learnedValue.replace("{learned}", String(learned)).replace("{total}", String(total(kind)));
    await expect(table.getByRole("row", { name: m.Glossary.kinds.place })).toContainText(value(1, "place"));
    await expect(table.getByRole("row", { name: m.Glossary.kinds.person })).toContainText(value(1, "person"));
    await expect(table.getByRole("row", { name: m.Glossary.kinds.organisation })).toContainText(value(0, "organisation"));
    await expectNoViolations(page, `dashboard (${locale})`);
  });

  test(`dates and people in the learner's language (${locale})`, async ({ page }) => {
    await startSession(page, locale, [dateQuestion.id, bilawal.id]);
    for (let step = 0; step < 2; step++) {
      const id = await page.locator("form[data-question-id]").getAttribute("data-question-id");
      if (id === dateQuestion.id) {
        const date = page.locator(`form[data-question-id="${dateQuestion.id}"]`);
        const shownDate = locale === "zh" ? "2023年5月6日" : "May 6, 2023";
        await date.getByRole("radio", { name: shownDate }).check();
        await date.getByRole("button", { name: m.QuizFlow.check }).click();
        const feedback = page.getByTestId("answer-feedback");
        await expect(feedback.getByRole("heading", { name: m.QuizFlow.correct })).toBeVisible();
        await expect(feedback.getByTestId("right-answer")).toHaveText(shownDate);
      } else {
        const who = page.locator(`form[data-question-id="${bilawal.id}"]`);
        if (locale === "zh") await expect(who.locator("legend")).toContainText("秦刚");
        const shownName = locale === "zh" ? "比拉瓦尔 Bilawal Bhutto Zardari" : "Bilawal Bhutto Zardari";
        await expect(who.getByRole("radio", { name: shownName })).toHaveCount(1);
        await expectNoViolations(page, `bilingual choices (${locale})`);
        await who.getByRole("radio", { name: shownName }).check();
        await who.getByRole("button", { name: m.QuizFlow.check }).click();
        await expect(page.getByTestId("answer-feedback")).toBeVisible();
      }
      await page.getByRole("button", { name: step === 0 ? m.QuizFlow.next : m.QuizFlow.finish }).click();
    }
  });
}
