import { expect, test, type Page } from "@playwright/test";
import en from "../messages/en.json";
import zh from "../messages/zh.json";
import { getStudySets } from "../lib/content/study-sets";
import { chineseDate } from "../lib/format/zh-answer";
import { getChineseNames } from "../lib/glossary/chinese-names";
import { getAllQuestions, getQuestion } from "../lib/questions/question-banks";

// The learning loop end to end, in both locales, keyboard only where it matters:
// study a section → quiz on it from the setup page → one right and one wrong answer
// (keys 1–4 and Enter) → feedback with the source → summary → retry the missed one →
// dashboard → reload → another learner sees nothing. The right answers come from the
// question bank built in this process, matched by the question id the page shows; the
// API's answers are never read before answering.

const MESSAGES = { en, zh } as const;
type Locale = keyof typeof MESSAGES;

// Plural messages rendered for the counts used below.
const TEXT = {
  en: { retryOne: "Retry the one I missed", timeTaken: /^Time taken: / },
  zh: { retryOne: "重做答错的 1 道题", timeTaken: /^用时：/ },
} as const;

const set = getStudySets()[0]!;
/** How many questions a quiz of one kind asking for `wanted` gets: the bank may have fewer. */
const available = (kinds: string[], wanted: number) => Math.min(wanted, getAllQuestions().filter((question) => kinds.includes(question.kind)).length);
// A section with a headline, a label and plenty of questions; a single section never
// forms a matching grid, so every question is multiple choice.
const section = set.sections.find((s) => s.title?.includes("Fourth Round")) ?? set.sections[2]!;

/** The ICU message as a regex: each {placeholder} (and plural block) matches anything. */
function pattern(message: string): RegExp {
  const escaped = message
    .replace(/\{[^{}]*\{[^{}]*\}[^{}]*\}+/g, "\u0000")
    .replace(/\{[^{}]*\}/g, "\u0000")
    .replace(/[.*+?^$()|[\]\\]/g, "\\$&");
  return new RegExp(escaped.replace(/\u0000/g, ".*"));
}

/** Plain text of an ICU message with simple `{name}` arguments filled in. */
function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
}

/** An answer as the interface shows it: in Chinese, a date reads 2023年5月6日 and a known name has its Chinese before it. */
function shownAnswer(answer: string, locale: Locale): string {
  if (locale === "en") return answer;
  const name = getChineseNames()[answer];
  return chineseDate(answer) ?? (name ? `${name} ${answer}` : answer);
}

/** How many questions a quiz of up to five of one kind asks. */

async function currentQuestionId(page: Page): Promise<string> {
  const form = page.locator("form[data-question-id]");
  await expect(form).toHaveCount(1);
  const id = await form.getAttribute("data-question-id");
  expect(id).toBeTruthy();
  return id!;
}

/** Answers the question on screen with the keyboard: right (or wrong) by its bank answer. */
async function answerWithKeyboard(page: Page, right: boolean): Promise<string> {
  const id = await currentQuestionId(page);
  const question = getQuestion(id);
  expect(question, `question ${id} is in the bank`).toBeDefined();
  const radios = page.locator(`form[data-question-id="${id}"] input[type="radio"]`);
  const typed = page.locator(`form[data-question-id="${id}"] input[type="text"]`);
  if ((await typed.count()) > 0) {
    await typed.focus();
    await page.keyboard.type(right ? question!.answer : "zzz nothing like it");
  } else {
    const choices = await radios.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const index = right ? choices.indexOf(question!.answer) : choices.findIndex((choice) => choice !== question!.answer);
    expect(index, `choice for ${id}`).toBeGreaterThanOrEqual(0);
    await page.keyboard.press(String(index + 1));
    await expect(radios.nth(index)).toBeChecked();
  }
  await page.keyboard.press("Enter");
  return id;
}

async function expectDashboard(page: Page, locale: Locale, sessions: number) {
  const t = MESSAGES[locale].Dashboard;
  await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();
  await expect(page.getByTestId("stat-studied")).toContainText(fill(t.statStudiedValue, { studied: 1, total: set.sections.length }));
  await expect(page.getByTestId("session-row")).toHaveCount(sessions);
  const sectionsTable = page.getByRole("table", { name: t.sectionsCaption });
  const row = sectionsTable.getByRole("row").filter({ has: page.getByRole("link", { name: section.title! }) });
  await expect(row.getByRole("cell", { name: t.studied, exact: true })).toBeVisible();
  // Every answered question has a card; the missed one falls due within minutes.
  await expect(page.getByTestId("stat-due-week").getByRole("definition")).toHaveText(/[1-9]/);
}

for (const locale of ["en", "zh"] as const) {
  test(`study, quiz, feedback, summary, retry, dashboard, isolation (${locale})`, async ({ page, browser }) => {
    const m = MESSAGES[locale];

    // Study the section.
    await page.goto(`/${locale}/study/${set.slug}/${section.slug}`);
    await page.getByRole("button", { name: m.MarkStudiedToggle.mark, exact: true }).click();
    await expect(page.getByRole("button", { name: m.MarkStudiedToggle.unmark, exact: true })).toBeVisible();

    // Start a quiz on it from the setup page (the study page preselects the section).
    await page.getByRole("link", { name: m.StudyPage.quiz }).click();
    await expect(page.getByRole("heading", { level: 1, name: m.QuizSetup.title })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: section.title! })).toBeChecked();
    await expect(page.getByText(fill(m.QuizSetup.sectionsChosen, { count: 1, total: set.sections.length }))).toBeVisible();
    await page.getByRole("radio", { name: "5", exact: true }).check();
    await page.getByRole("radio", { name: m.QuizSetup.mode.choice }).check();
    await page.getByRole("button", { name: m.QuizSetup.start }).click();

    const progress = page.getByRole("progressbar", { name: m.QuizFlow.progressLabel });
    await expect(progress).toHaveAttribute("aria-valuetext", fill(m.QuizFlow.progress, { current: 1, total: 5 }));
    const announcer = page.getByTestId("quiz-announcer");
    await expect(announcer).toHaveText("");
    // Prompts come in the interface's language: the bank's prompt for this locale.
    const firstQuestion = getQuestion(await currentQuestionId(page))!;
    // (a legend above choices, or the label of a typed answer's field)
    await expect(page.locator("form[data-question-id]").locator("legend, label").first()).toHaveText(firstQuestion.prompt[locale]);

    // One right answer, keyboard only.
    const rightId = await answerWithKeyboard(page, true);
    await expect(announcer).toHaveText(pattern(m.QuizFlow.announceCorrect));
    const feedback = page.getByTestId("answer-feedback");
    await expect(feedback.getByRole("heading", { name: m.QuizFlow.correct })).toBeVisible();
    // The source sentence marks the answer (or the accepted form the text uses); a term
    // question's answer is Chinese, which the English source does not contain, and an
    // occasion question's answer names the meeting, which the sentence said there does not.
    const rightQuestion = getQuestion(rightId)!;
    if (rightQuestion.kind !== "term" && rightQuestion.kind !== "occasion") {
      const mark = feedback.getByRole("blockquote").locator("mark");
      await expect(mark).toBeVisible();
      const marked = (await mark.textContent())!.toLowerCase();
      expect([rightQuestion.answer, ...rightQuestion.accept].map((form) => form.toLowerCase())).toContain(marked);
    }
    await expect(feedback.getByRole("link", { name: pattern(m.QuizFlow.readSection.replace("<name></name>", "{name}")) })).toHaveAttribute(
      "href",
      `/${locale}/study/${set.slug}/${section.slug}`,
    );
    const next = page.getByRole("button", { name: m.QuizFlow.next });
    await expect(next).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(progress).toHaveAttribute("aria-valuetext", fill(m.QuizFlow.progress, { current: 2, total: 5 }));

    // One wrong answer: the feedback says so in words, shows the right answer and the source.
    const wrongId = await answerWithKeyboard(page, false);
    await expect(announcer).toHaveText(pattern(m.QuizFlow.announceIncorrect));
    await expect(feedback.getByRole("heading", { name: m.QuizFlow.incorrect })).toBeVisible();
    await expect(feedback.getByTestId("right-answer")).toHaveText(shownAnswer(getQuestion(wrongId)!.answer, locale));
    await expect(feedback.getByRole("blockquote")).toContainText(getQuestion(wrongId)!.source.slice(0, 40));
    await expect(next).toBeFocused();
    await page.keyboard.press("Enter");

    // The rest right, then the summary.
    for (let position = 3; position <= 5; position++) {
      await expect(progress).toHaveAttribute("aria-valuetext", fill(m.QuizFlow.progress, { current: position, total: 5 }));
      await answerWithKeyboard(page, true);
      const onward = page.getByRole("button", { name: position === 5 ? m.QuizFlow.finish : m.QuizFlow.next });
      await expect(onward).toBeFocused();
      await page.keyboard.press("Enter");
    }
    const summary = page.getByTestId("quiz-summary");
    await expect(summary.getByRole("heading", { level: 2, name: m.QuizSummary.heading })).toBeVisible();
    await expect(page.getByTestId("quiz-score")).toHaveText(fill(m.QuizSummary.score, { correct: 4, total: 5 }));
    await expect(summary.getByRole("table", { name: m.QuizSummary.bySectionCaption }).getByRole("rowheader")).toContainText([section.title!]);
    await expect(summary.getByRole("table", { name: m.QuizSummary.byKindCaption })).toBeVisible();
    await expect(summary.getByText(TEXT[locale].timeTaken)).toBeVisible();

    // Retry the missed one, and get it right this time.
    const retry = summary.getByRole("button", { name: TEXT[locale].retryOne });
    await retry.focus();
    await page.keyboard.press("Enter");
    await expect(progress).toHaveAttribute("aria-valuetext", fill(m.QuizFlow.progress, { current: 1, total: 1 }));
    expect(await currentQuestionId(page)).toBe(wrongId);
    await answerWithKeyboard(page, true);
    await expect(announcer).toHaveText(pattern(m.QuizFlow.announceCorrect));
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("quiz-score")).toHaveText(fill(m.QuizSummary.score, { correct: 1, total: 1 }));
    await expect(summary.getByText(m.QuizSummary.allRight)).toBeVisible();

    // The dashboard shows both sessions, the studied section and the due reviews…
    await page.getByRole("navigation", { name: m.SiteHeader.navLabel }).getByRole("link", { name: m.SiteHeader.dashboard }).click();
    await expectDashboard(page, locale, 2);
    // …and still does after a reload.
    await page.reload();
    await expectDashboard(page, locale, 2);

    // Another learner (a fresh browser context, no cookie) sees none of it.
    const other = await browser.newContext();
    const stranger = await other.newPage();
    await stranger.goto(`/${locale}/dashboard`);
    await expect(stranger.getByTestId("stat-studied")).toContainText(fill(m.Dashboard.statStudiedValue, { studied: 0, total: set.sections.length }));
    await expect(stranger.getByTestId("session-row")).toHaveCount(0);
    await expect(stranger.getByText(pattern(m.Dashboard.noSessions.replace(/<\/?link>/g, "")))).toBeVisible();
    await expect(stranger.getByTestId("stat-due-week").getByRole("definition")).not.toHaveText(/[1-9]/);
    await other.close();
  });
}

test("the matching round works with the keyboard alone (en)", async ({ page }) => {
  const m = MESSAGES.en;
  await page.goto("/en/quiz");
  // Chinese labels (their questions form a matching grid) and participants, for five in all.
  const kinds = page.getByRole("group", { name: m.QuizSetup.kindsLegend });
  for (const [kind, label] of Object.entries(m.QuizSetup.kind)) {
    await kinds.getByRole("checkbox", { name: label }).setChecked(kind === "label" || kind === "participant");
  }
  await page.getByRole("radio", { name: "5", exact: true }).check();
  await page.getByRole("button", { name: m.QuizSetup.start }).click();
  const progress = page.getByRole("progressbar", { name: m.QuizFlow.progressLabel });
  await expect(progress).toBeVisible();

  const total = available(["label", "participant"], 5);
  let rounds = 0;
  for (let step = 0; step < total; step++) {
    const round = page.getByTestId("match-round");
    const single = page.locator("form[data-question-id]");
    await expect(round.or(single)).toBeVisible();
    if (await single.count()) {
      await answerWithKeyboard(page, true);
    } else {
      rounds++;
      const rows = round.locator("button[aria-pressed]");
      const rowCount = await rows.count();
      expect(rowCount).toBeGreaterThanOrEqual(2);
      for (let pair = 0; pair < rowCount; pair++) {
        // Focus is on the next row to pair (or on the heading before the first one).
        if (pair === 0) await page.keyboard.press("Tab");
        const row = rows.first();
        await expect(row).toBeFocused();
        const question = getQuestion((await row.getAttribute("data-question-id"))!)!;
        await page.keyboard.press("Enter");
        await expect(row).toHaveAttribute("aria-pressed", "true");
        // Focus jumps to the first free answer; Tab on to the right one, then Space.
        const free = round.getByRole("list").nth(1).locator("button:not([disabled])");
        const texts = await free.allTextContents();
        await expect(free.first()).toBeFocused();
        for (let hop = 0; hop < texts.indexOf(question.answer); hop++) await page.keyboard.press("Tab");
        await expect(free.nth(texts.indexOf(question.answer))).toBeFocused();
        await page.keyboard.press("Space");
        await expect(page.getByTestId("quiz-announcer")).toHaveText(pattern(m.QuizFlow.announcePairCorrect.replace(/\{remaining[^]*$/, "")));
      }
      await expect(round.getByTestId("answer-feedback")).toHaveCount(rowCount);
    }
    const onward = page.getByRole("button", { name: new RegExp(`^(${m.QuizFlow.next}|${m.QuizFlow.finish})$`) });
    await expect(onward).toBeFocused();
    const before = await progress.getAttribute("aria-valuetext");
    const last = (await onward.textContent()) === m.QuizFlow.finish;
    await page.keyboard.press("Enter");
    if (last) break;
    await expect(progress).not.toHaveAttribute("aria-valuetext", before!);
  }
  expect(rounds).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId("quiz-score")).toHaveText(fill(m.QuizSummary.score, { correct: total, total }));
});

test("a typed answer graded wrong can be overridden with “I was right” (en)", async ({ page }) => {
  const m = MESSAGES.en;
  await page.goto("/en/quiz");
  const kinds = page.getByRole("group", { name: m.QuizSetup.kindsLegend });
  for (const [kind, label] of Object.entries(m.QuizSetup.kind)) {
    await kinds.getByRole("checkbox", { name: label }).setChecked(kind === "date" || kind === "number");
  }
  await page.getByRole("radio", { name: "5", exact: true }).check();
  await page.getByRole("radio", { name: m.QuizSetup.mode.typed }).check();
  await page.getByRole("button", { name: m.QuizSetup.start }).click();

  const field = page.locator("form[data-question-id] input[type=text]");
  await expect(field).toBeVisible();
  await field.focus();
  await page.keyboard.type("the day after");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("quiz-announcer")).toHaveText(pattern(m.QuizFlow.announceIncorrect));
  const override = page.getByRole("button", { name: m.QuizFlow.override });
  await override.focus();
  await page.keyboard.press("Enter");
  // Asked first: the confirmation takes focus, Enter confirms.
  await expect(page.getByRole("button", { name: m.QuizFlow.overrideYes })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("answer-feedback").getByRole("heading", { name: m.QuizFlow.overridden })).toBeVisible();
  await expect(page.getByTestId("quiz-announcer")).toHaveText(m.QuizFlow.announceOverridden);
  await expect(override).toHaveCount(0);
  await expect(page.getByRole("button", { name: m.QuizFlow.next })).toBeFocused();
  // The override is stored: a reload resumes at the next question, and the summary counts it.
  await page.reload();
  const progress = page.getByRole("progressbar", { name: m.QuizFlow.progressLabel });
  const total = available(["date", "number"], 5);
  await expect(progress).toHaveAttribute("aria-valuetext", fill(m.QuizFlow.progress, { current: 2, total }));
  // Switching the language mid-quiz keeps the quiz, now in Chinese.
  await page.getByRole("link", { name: "中文" }).click();
  await expect(page.getByRole("progressbar", { name: zh.QuizFlow.progressLabel })).toHaveAttribute(
    "aria-valuetext",
    fill(zh.QuizFlow.progress, { current: 2, total }),
  );
  await expect(page.locator("form[data-question-id] label")).toContainText(/[\u4e00-\u9fff]/);
});

test("the dashboard exports progress and resets it only after a confirmation (en)", async ({ page }) => {
  const m = MESSAGES.en;
  await page.goto(`/en/study/${set.slug}/${section.slug}`);
  await page.getByRole("button", { name: m.MarkStudiedToggle.mark, exact: true }).click();
  await expect(page.getByRole("button", { name: m.MarkStudiedToggle.unmark, exact: true })).toBeVisible();

  await page.goto("/en/dashboard");
  const studied = page.getByTestId("stat-studied");
  await expect(studied).toContainText(fill(m.Dashboard.statStudiedValue, { studied: 1, total: set.sections.length }));

  // Both exports download a file.
  for (const [name, extension] of [
    [m.Dashboard.exportJson, "json"],
    [m.Dashboard.exportCsv, "csv"],
  ] as const) {
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name }).click();
    expect((await download).suggestedFilename()).toMatch(new RegExp(`\\.${extension}$`));
  }

  // Escape cancels: nothing is deleted and focus returns to the button.
  const reset = page.getByRole("button", { name: m.Dashboard.reset });
  await reset.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: m.Dashboard.resetTitle });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: m.Dashboard.resetCancel })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  await expect(studied).toContainText(fill(m.Dashboard.statStudiedValue, { studied: 1, total: set.sections.length }));

  // Confirming deletes the learner's progress, and says so.
  await page.keyboard.press("Enter");
  await expect(dialog.getByRole("button", { name: m.Dashboard.resetCancel })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: m.Dashboard.resetConfirm })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: m.Dashboard.resetDone })).toHaveCount(1);
  await expect(studied).toContainText(fill(m.Dashboard.statStudiedValue, { studied: 0, total: set.sections.length }));
  await page.reload();
  await expect(studied).toContainText(fill(m.Dashboard.statStudiedValue, { studied: 0, total: set.sections.length }));
});
