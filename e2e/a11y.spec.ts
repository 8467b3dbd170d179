import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { getStudySets } from "@/lib/content/study-sets";

// axe on every page in both locales, with a learner who has studied, answered (right
// and wrong) and finished a quiz, so the data-driven parts are on screen: home, a study
// page, quiz setup, a quiz in the feedback state (multiple choice and typed), a matching
// round, the summary, review, a review session, the dashboard and the 404 page. All of
// axe's rules run (WCAG 2.x A/AA and its best practices); the goal is zero violations.

const set = getStudySets()[0]!;
const section = set.sections.find((s) => s.title && s.labelZh) ?? set.sections[1]!;

type CreatedSession = { id: string; questions: { id: string; format: string; choices?: string[] }[]; matching: { questionIds: string[]; choices: string[] }[] };

async function expectNoViolations(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((node) => `${node.target.join(" ")} ${node.failureSummary?.split("\n")[1]?.trim() ?? ""}`)
        .slice(0, 4)
        .join(" | ")}`,
  );
  expect(found, `axe on ${name}`).toEqual([]);
}

async function createSession(page: Page, body: Record<string, unknown>): Promise<CreatedSession> {
  const response = await page.request.post("/api/quiz-sessions", { data: body });
  expect(response.status()).toBe(201);
  return (await response.json()) as CreatedSession;
}

async function answerAll(page: Page, session: CreatedSession) {
  for (const question of session.questions) {
    const grid = session.matching.find((g) => g.questionIds.includes(question.id));
    const answer = grid?.choices[0] ?? question.choices?.[1] ?? "not the answer";
    const response = await page.request.post(`/api/quiz-sessions/${session.id}/answers`, { data: { questionId: question.id, answer } });
    expect(response.status()).toBe(200);
  }
}

for (const locale of ["en", "zh"] as const) {
  test.describe(`axe (${locale})`, () => {
    test.describe.configure({ mode: "serial" });
    let page: Page;

    test.beforeAll(async ({ browser }) => {
      // axe needs a page of an explicitly created context.
      page = await (await browser.newContext()).newPage();
      // A learner with history: a studied section and a finished quiz with wrong answers.
      await page.goto(`/${locale}`);
      expect((await page.request.put(`/api/studied/${encodeURIComponent(section.id)}`)).status()).toBe(200);
      await answerAll(page, await createSession(page, { sections: [section.id], count: 4, mode: "mixed" }));
    });
    test.afterAll(async () => {
      await page.context().close();
    });

    test("home, study page, quiz setup", async () => {
      await page.goto(`/${locale}`);
      await expect(page.locator("main")).toBeVisible();
      await expectNoViolations(page, `/${locale}`);
      await page.goto(`/${locale}/study/${set.slug}/${section.slug}`);
      await expect(page.locator("main h1")).toBeVisible();
      await expectNoViolations(page, "study page");
      await page.goto(`/${locale}/quiz`);
      await expect(page.locator("form")).toBeVisible();
      await expectNoViolations(page, "quiz setup");
    });

    test("a quiz in the feedback state, multiple choice and typed", async () => {
      // Kinds with choices: a term to write or a name to recall is typed even in a
      // multiple-choice quiz, and labels may form a matching round, so neither is drawn here.
      const choice = await createSession(page, {
        sections: [section.id],
        kinds: ["participant", "date", "role", "number"],
        count: 2,
        mode: "choice",
      });
      await page.goto(`/${locale}/quiz/session?id=${choice.id}`);
      await expect(page.locator("form[data-question-id] input[type=radio]").first()).toBeVisible();
      await expectNoViolations(page, "quiz question (choice)");
      await page.keyboard.press("2");
      await page.keyboard.press("Enter");
      await expect(page.getByTestId("answer-feedback")).toBeVisible();
      await expectNoViolations(page, "quiz feedback (choice)");

      // Only some kinds can be typed (labels are always multiple choice; agreements are, but for a name to recall).
      const typed = await createSession(page, { kinds: ["date", "place", "number"], count: 2, mode: "typed" });
      await page.goto(`/${locale}/quiz/session?id=${typed.id}`);
      const field = page.locator("form[data-question-id] input[type=text]");
      await expect(field).toBeFocused();
      await expectNoViolations(page, "quiz question (typed)");
      await page.keyboard.type("certainly not this");
      await page.keyboard.press("Enter");
      await expect(page.getByTestId("answer-feedback")).toBeVisible();
      await expectNoViolations(page, "quiz feedback (typed, overridable)");
    });

    test("a matching round", async () => {
      const labelled = set.sections.filter((s) => s.labelZh).map((s) => s.id);
      const session = await createSession(page, { sections: labelled, kinds: ["label"], count: 6, mode: "choice" });
      test.skip(session.matching.length === 0, "the bank forms no matching grid for these sections");
      await page.goto(`/${locale}/quiz/session?id=${session.id}`);
      await expect(page.getByTestId("match-round")).toBeVisible();
      await expectNoViolations(page, "matching round");
    });

    test("the summary, review and the dashboard", async () => {
      const session = await createSession(page, { sections: [section.id], count: 3, mode: "choice" });
      await answerAll(page, session);
      await page.goto(`/${locale}/quiz/session?id=${session.id}`);
      await expect(page.getByTestId("quiz-summary")).toBeVisible();
      await expectNoViolations(page, "quiz summary");

      await page.goto(`/${locale}/review`);
      await expect(page.getByTestId("review-overview")).toBeVisible();
      await expectNoViolations(page, "review");

      const review = await page.request.post("/api/quiz-sessions", { data: { purpose: "review", questionIds: [session.questions[0]!.id] } });
      expect(review.status()).toBe(201);
      const reviewId = ((await review.json()) as { id: string }).id;
      await page.goto(`/${locale}/review?id=${reviewId}`);
      await expect(page.locator("form[data-question-id]")).toBeVisible();
      await expectNoViolations(page, "review session");

      await page.goto(`/${locale}/dashboard`);
      await expect(page.getByTestId("sessions-chart")).toBeVisible();
      await expectNoViolations(page, "dashboard");
    });

    test("the 404 page", async () => {
      const response = await page.goto(`/${locale}/no-such-page`);
      expect(response?.status()).toBe(404);
      await expectNoViolations(page, "404");
      await page.goto(`/${locale}/study/${set.slug}/no-such-section`);
      await expectNoViolations(page, "404 for an unknown section");
    });
  });
}
