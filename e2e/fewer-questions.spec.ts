import { expect, test } from "@playwright/test";
import { createTranslator } from "next-intl";
import en from "../messages/en.json";
import zh from "../messages/zh.json";
import { getAllQuestions } from "../lib/questions/question-banks";

// Asking for more questions than exist is said, in both languages, not silently served.

const MESSAGES = { en, zh } as const;
const labels = getAllQuestions().filter((question) => question.kind === "label").length;

for (const locale of ["en", "zh"] as const) {
  test(`a quiz that asks for more questions than exist says so (${locale})`, async ({ page }) => {
    const m = MESSAGES[locale];
    expect(labels).toBeLessThan(20);
    await page.goto(`/${locale}/quiz`);
    const kinds = page.getByRole("group", { name: m.QuizSetup.kindsLegend });
    for (const [kind, label] of Object.entries(m.QuizSetup.kind)) await kinds.getByRole("checkbox", { name: label }).setChecked(kind === "label");
    await page.getByRole("radio", { name: "20", exact: true }).check();
    await page.getByRole("button", { name: m.QuizSetup.start }).click();
    const t = createTranslator({ locale, messages: m, namespace: "QuizFlow" });
    await expect(page.getByTestId("fewer-questions")).toHaveText(t("fewerQuestions", { requested: 20, total: labels }));
    await expect(page.getByRole("progressbar", { name: m.QuizFlow.progressLabel })).toHaveAttribute("aria-valuemax", String(labels));

    // Through the API: the count asked for comes back when fewer were found, and only then.
    const short = await (await page.request.post("/api/quiz-sessions", { data: { kinds: ["label"], count: 20 } })).json();
    expect(short.requested).toBe(20);
    const enough = await (await page.request.post("/api/quiz-sessions", { data: { count: 5 } })).json();
    expect(enough.requested).toBeUndefined();
  });
}
