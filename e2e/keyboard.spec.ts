import { expect, test, type Locator, type Page } from "@playwright/test";
import { getStudySets } from "@/lib/content/study-sets";
import { getQuestion } from "@/lib/questions/question-banks";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

// Study and quiz with the keyboard alone: Tab, Shift+Tab, Enter, Space, the arrow keys
// and 1–4. After the first page load nothing is clicked and no URL is typed: every
// step is a key press, and every step ends in an expectation.

const MESSAGES = { en, zh } as const;
const set = getStudySets()[0]!;
// A section with a headline and enough questions; a single section never forms a
// matching grid, so each question is multiple choice in "choice" mode.
const index = set.sections.findIndex((s) => s.title?.includes("Fourth Round"));
const section = set.sections[index >= 1 ? index : 2]!;
const nextSection = set.sections[set.sections.indexOf(section) + 1]!;

/** Presses Tab (or Shift+Tab) until `target` has the focus. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) break;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  await expect(target).toBeFocused();
}

for (const locale of ["en", "zh"] as const) {
  test(`keyboard only: study a section, then take a quiz on it (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    const m = MESSAGES[locale];
    const studyPath = (s: typeof section) => `/${locale}/study/${set.slug}/${s.slug}`;
    await page.goto(`/${locale}`);

    // The first Tab reaches the skip link; Enter jumps past the header into the main content.
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: m.LocaleLayout.skipToContent });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible(); // shown while focused
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);

    // Tab through the section cards to the chosen one; Enter opens it.
    await tabTo(page, page.locator(`main a[href="${studyPath(section)}"]`));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(studyPath(section));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // → and ← move between sections.
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(studyPath(nextSection));
    await page.keyboard.press("ArrowLeft");
    await expect(page).toHaveURL(studyPath(section));

    // Space on "Mark as studied" marks it; the button turns into the undo.
    const mark = page.getByRole("button", { name: m.MarkStudiedToggle.mark, exact: true });
    await tabTo(page, mark);
    await page.keyboard.press("Space");
    const unmark = page.getByRole("button", { name: m.MarkStudiedToggle.unmark, exact: true });
    await expect(unmark).toBeVisible();
    await expect(unmark).toBeFocused();

    // On to the quiz on this section.
    await tabTo(page, page.getByRole("link", { name: m.StudyPage.quiz }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: m.QuizSetup.title })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: section.title! })).toBeChecked();

    // Radio groups take the arrow keys: five questions, multiple choice.
    const five = page.getByRole("radio", { name: "5", exact: true });
    await tabTo(page, page.locator('input[name="count"]:checked'));
    for (let i = 0; i < 4 && !(await five.isChecked()); i += 1) await page.keyboard.press("ArrowUp");
    await expect(five).toBeChecked();
    await expect(five).toBeFocused();
    const choice = page.getByRole("radio", { name: m.QuizSetup.mode.choice });
    await tabTo(page, page.locator('input[name="mode"]:checked'));
    for (let i = 0; i < 3 && !(await choice.isChecked()); i += 1) await page.keyboard.press("ArrowUp");
    await expect(choice).toBeChecked();
    await tabTo(page, page.getByRole("button", { name: m.QuizSetup.start }));
    await page.keyboard.press("Enter");

    // Five questions, answered with 1–4 and Enter: the first right, the others wrong.
    const progress = page.getByRole("progressbar", { name: m.QuizFlow.progressLabel });
    for (let n = 1; n <= 5; n += 1) {
      await expect(progress).toHaveAttribute("aria-valuenow", String(n));
      const form = page.locator("form[data-question-id]");
      const id = (await form.getAttribute("data-question-id"))!;
      const radios = form.locator('input[type="radio"]');
      const typed = form.locator('input[type="text"]');
      const answer = getQuestion(id)!.answer;
      if ((await typed.count()) > 0) {
        // A term question to write (it has no choices) is typed even in a multiple-choice quiz.
        await tabTo(page, typed);
        await page.keyboard.type(n === 1 ? answer : "zzz nothing like it");
      } else {
        const values = await radios.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
        const pick = n === 1 ? values.indexOf(answer) : values.findIndex((value) => value !== answer);
        await page.keyboard.press(String(pick + 1));
        await expect(radios.nth(pick)).toBeChecked();
      }
      await page.keyboard.press("Enter");

      const feedback = page.getByTestId("answer-feedback");
      await expect(feedback.getByRole("heading", { name: n === 1 ? m.QuizFlow.correct : m.QuizFlow.incorrect })).toBeVisible();
      // Focus goes to the button that moves on; Enter presses it.
      const onward = page.getByRole("button", { name: n === 5 ? m.QuizFlow.finish : m.QuizFlow.next });
      await expect(onward).toBeFocused();
      await page.keyboard.press("Enter");
    }

    // The summary, and "retry the ones I missed" within reach of the keyboard.
    const summary = page.getByTestId("quiz-summary");
    await expect(summary).toBeVisible();
    await expect(page.getByTestId("quiz-score")).toContainText(/1\D+5/);
    const retry = summary
      .getByRole("button")
      .or(summary.getByRole("link"))
      .filter({ hasText: locale === "en" ? /Retry the 4/ : /4/ })
      .first();
    await tabTo(page, retry);
    await page.keyboard.press("Enter");
    await expect(progress).toHaveAttribute("aria-valuenow", "1");
    await expect(progress).toHaveAttribute("aria-valuemax", "4");
  });
}
