import { expect, test } from "@playwright/test";
import en from "../messages/en.json";
import zh from "../messages/zh.json";
import { getAllQuestions, getQuestion } from "../lib/questions/question-banks";
import type { CreatedSessionBody } from "../lib/quiz/api-types";
import { givenAway, promptCue } from "../lib/quiz/fair-grid";

// A fair matching round, in both locales: a wrong pair shows the learner's pair and the
// right one, in words on screen; the item wrongly used stays available to the row it
// belongs to, so the round always ends with every row matched; no row of a grid can be
// paired by a number or a name its two sides share alone.

const MESSAGES = { en, zh } as const;
const labels = getAllQuestions().filter((question) => question.kind === "label");

/** The visible text of an ICU rich message with its tag left empty. */
const before = (message: string) => message.replace(/<answer><\/answer>.*$/, "").trim();

for (const locale of ["en", "zh"] as const) {
  test(`a wrong pair shows both pairs and leaves every item matchable (${locale})`, async ({ page }) => {
    const m = MESSAGES[locale];
    const created = await page.request.post("/api/quiz-sessions", {
      data: { questionIds: labels.map((question) => question.id) },
      headers: { "Accept-Language": locale },
    });
    expect(created.status()).toBe(201);
    const session = (await created.json()) as CreatedSessionBody & { id: string };
    expect(session.matching.length).toBeGreaterThan(0);
    // No row is given away by a clue its cue and answer share alone.
    for (const grid of session.matching) {
      for (const id of grid.questionIds) expect(givenAway({ question: getQuestion(id)!, cue: promptCue(getQuestion(id)!) }, grid.choices)).toEqual([]);
    }

    await page.goto(`/${locale}/quiz/session?id=${session.id}`);
    const round = page.getByTestId("match-round");
    await expect(round).toBeVisible();
    const answerList = round.getByRole("list").nth(1);
    const rows = round.locator("button[aria-pressed]");
    const rowCount = await rows.count();
    expect(rowCount).toBeGreaterThanOrEqual(2);
    const rowIds = await rows.evaluateAll((buttons) => buttons.map((button) => button.getAttribute("data-question-id")!));
    const [firstId, secondId] = rowIds as [string, string];

    // Pair the first row with the second row's answer: wrong.
    await rows.first().click();
    const wrong = getQuestion(secondId)!.answer;
    await answerList.getByRole("button", { name: wrong, exact: true }).click();
    const firstRow = round.locator(`li[data-question-id="${firstId}"]`);
    await expect(firstRow.getByText(m.QuizFlow.incorrect)).toBeVisible();
    await expect(firstRow.getByTestId("match-given")).toContainText(before(m.QuizFlow.matchPairedWith));
    await expect(firstRow.getByTestId("match-given")).toContainText(wrong);
    await expect(firstRow.getByTestId("match-right")).toBeVisible();
    await expect(firstRow.getByTestId("match-right")).toContainText(before(m.QuizFlow.matchRightPair));
    await expect(firstRow.getByTestId("match-right")).toContainText(getQuestion(firstId)!.answer);
    // The item wrongly used is still there for its own row; the first row's answer is resolved.
    await expect(answerList.getByRole("button", { name: wrong, exact: true })).toBeEnabled();
    await expect(answerList.getByRole("button", { name: getQuestion(firstId)!.answer, exact: true })).toBeDisabled();

    // Every other row can still be matched, and is.
    for (const id of rowIds.slice(1)) {
      await round.locator(`button[data-question-id="${id}"]`).click();
      await answerList.getByRole("button", { name: getQuestion(id)!.answer, exact: true }).click();
      await expect(round.locator(`li[data-question-id="${id}"]`).getByText(m.QuizFlow.correct)).toBeVisible();
    }
    await expect(round.locator("button[aria-pressed]")).toHaveCount(0);
    await expect(round.getByTestId("answer-feedback")).toHaveCount(rowCount);
    await expect(page.getByRole("button", { name: new RegExp(`^(${m.QuizFlow.next}|${m.QuizFlow.finish})$`) })).toBeFocused();
  });
}
