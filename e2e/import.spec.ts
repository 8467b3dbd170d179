import { expect, test, type Page } from "@playwright/test";
import en from "../messages/en.json";
import zh from "../messages/zh.json";
import { alwaysChoiceQuestions } from "./support/choice-questions";
import { getStudySets } from "../lib/content/study-sets";
import type { CreatedSessionBody } from "../lib/quiz/api-types";

// Progress on another browser, in both locales: the JSON export of one learner imported
// on the dashboard of another gives the same answers back in its own export; importing
// it again adds nothing; a file that is not an export is refused with a clear message.

const MESSAGES = { en, zh } as const;
const section = getStudySets()[0]!.sections[1]!;
const questions = alwaysChoiceQuestions().slice(0, 3);

type Exported = {
  report: { studiedCount: number };
  answers: { sessionId: string; questionId: string; given: string; correct: boolean; overridden: boolean; answeredAt: string }[];
};
const comparable = (data: Exported) =>
  data.answers
    .map(({ questionId, given, correct, overridden, answeredAt }) => ({ questionId, given, correct, overridden, answeredAt }))
    .sort((a, b) => a.answeredAt.localeCompare(b.answeredAt) || a.questionId.localeCompare(b.questionId));

async function exportOf(page: Page): Promise<Exported> {
  const response = await page.request.get("/api/progress/export?format=json");
  expect(response.status()).toBe(200);
  return (await response.json()) as Exported;
}

async function importFile(page: Page, locale: "en" | "zh", name: string, content: string) {
  const form = page.getByTestId("import-progress");
  await form.locator('input[type="file"]').setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(content) });
  await form.getByRole("button", { name: MESSAGES[locale].Dashboard.importButton, exact: true }).click();
}

for (const locale of ["en", "zh"] as const) {
  test(`import then export gives the same answers, never doubled; bad files are refused (${locale})`, async ({ browser }) => {
    const m = MESSAGES[locale].Dashboard;
    // Learner A: a studied section and three answers, one wrong.
    const a = await (await browser.newContext()).newPage();
    await a.goto(`/${locale}`);
    expect((await a.request.put(`/api/studied/${encodeURIComponent(section.id)}`)).status()).toBe(200);
    const session = (await (await a.request.post("/api/quiz-sessions", { data: { questionIds: questions.map((q) => q.id) } })).json()) as CreatedSessionBody & {
      id: string;
    };
    for (const [index, question] of session.questions.entries()) {
      const bank = questions.find((q) => q.id === question.id)!;
      const answer = index === 0 ? question.choices!.find((choice) => choice !== bank.answer)! : bank.answer;
      expect((await a.request.post(`/api/quiz-sessions/${session.id}/answers`, { data: { questionId: question.id, answer } })).status()).toBe(200);
    }
    const exported = await exportOf(a);
    expect(exported.answers).toHaveLength(3);

    // Learner B, another browser: imports it on the dashboard.
    const b = await (await browser.newContext()).newPage();
    await b.goto(`/${locale}/dashboard`);
    await expect(b.getByTestId("dashboard-stats")).toBeVisible();
    await importFile(b, locale, "progress.json", JSON.stringify(exported));
    const status = b.getByTestId("import-progress").getByRole("status");
    await expect(status).toContainText("3");
    await expect(b.getByTestId("session-row")).toHaveCount(1);
    const imported = await exportOf(b);
    expect(comparable(imported)).toEqual(comparable(exported));
    expect(imported.report.studiedCount).toBe(1);

    // Again: nothing added.
    await importFile(b, locale, "progress.json", JSON.stringify(exported));
    await expect(status).toHaveText(new RegExp(locale === "en" ? "^Imported 0 answers" : "^已导入 0 个答案"));
    expect(comparable(await exportOf(b))).toEqual(comparable(exported));
    // A's own export imported back into A doubles nothing either.
    const back = await a.request.post("/api/progress/import", { data: exported });
    expect((await back.json()).imported).toMatchObject({ answers: 0, sessions: 0, alreadyThere: 3 });

    // Not JSON, and JSON that is not an export: clear errors in the page's language.
    const alert = b.getByTestId("import-progress").getByRole("alert");
    await importFile(b, locale, "notes.json", "not json at all");
    await expect(alert).toHaveText(m.importNotJson);
    await importFile(b, locale, "other.json", JSON.stringify({ answers: [{ questionId: 1 }] }));
    await expect(alert).toContainText(locale === "en" ? "report" : "report");
    const refused = await b.request.post("/api/progress/import", {
      data: { report: { sections: [] }, answers: [{ ...exported.answers[0], kind: "riddle" }] },
      headers: { "Accept-Language": locale },
    });
    expect(refused.status()).toBe(400);
    expect((await refused.json()).error.code).toBe("invalid_body");
    await a.context().close();
    await b.context().close();
  });
}
