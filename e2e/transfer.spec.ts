import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { createHash } from "node:crypto";
import { getStudySets } from "@/lib/content/study-sets";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { E2E_DATABASE_URL } from "../playwright.config";
import { testDatabase } from "./support/test-database";
import { startPrivateServer } from "./support/private-server";

// "Continue on another device", in both locales: a one-time code made on the dashboard
// of one browser makes a second browser the same learner (same cookie, same progress);
// the code fails on a second use, after it expires (its expiry moved into the past in
// the e2e database) and when it was never made; making one needs a learner; making and
// redeeming codes are rate-limited with 429, Retry-After and the error shape.

const MESSAGES = { en, zh } as const;
type Locale = keyof typeof MESSAGES;
const sections = getStudySets()[0]!.sections;

async function learnerIdOf(context: BrowserContext | APIRequestContext): Promise<string | null> {
  const { cookies } = await context.storageState();
  return cookies.find((cookie) => cookie.name === "learner")?.value ?? null;
}

/** The learner's stored code hashes (the table never holds a code itself). */
async function storedHashesOf(learnerId: string): Promise<string[]> {
  const rows = await testDatabase(E2E_DATABASE_URL).all<{ codeHash: string }>(`SELECT "codeHash" FROM "TransferCode" WHERE "learnerId" = ?`, [learnerId]);
  return rows.map((row) => row.codeHash);
}

/** Moves every unused code of the learner to having expired a second ago. */
async function expireCodesOf(learnerId: string) {
  const changes = await testDatabase(E2E_DATABASE_URL).run(`UPDATE "TransferCode" SET "expiresAt" = ? WHERE "learnerId" = ? AND "usedAt" IS NULL`, [
    new Date(Date.now() - 1_000),
    learnerId,
  ]);
  expect(changes).toBe(1);
}

async function dashboard(browser: Browser, locale: Locale): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/${locale}/dashboard`);
  await expect(page.getByTestId("dashboard-stats")).toBeVisible();
  return page;
}

async function enterCode(page: Page, locale: Locale, code: string) {
  const panel = page.getByTestId("transfer-panel");
  await panel.getByLabel(MESSAGES[locale].TransferPanel.redeemLabel).fill(code);
  await panel.getByRole("button", { name: MESSAGES[locale].TransferPanel.redeem, exact: true }).click();
}

for (const locale of ["en", "zh"] as const) {
  test(`a transfer code continues the same learner once, and fails when used, expired or unknown (${locale})`, async ({ browser }) => {
    const m = MESSAGES[locale].TransferPanel;
    const errors = MESSAGES[locale].ApiErrors;

    // Device A: some progress (two studied sections), then a code from the dashboard.
    const a = await dashboard(browser, locale);
    for (const section of sections.slice(0, 2)) {
      expect((await a.request.put(`/api/studied/${encodeURIComponent(section.id)}`)).status()).toBe(200);
    }
    await a.reload();
    await expect(a.getByTestId("dashboard-stats")).toBeVisible();
    const aPanel = a.getByTestId("transfer-panel");
    await expect(aPanel.getByRole("heading", { name: m.heading })).toBeVisible();
    await aPanel.getByRole("button", { name: m.create, exact: true }).click();
    const shown = aPanel.getByTestId("transfer-code");
    await expect(shown).toBeVisible();
    const code = (await shown.getByTestId("transfer-code-value").textContent())!.trim();
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    await expect(shown).toContainText(m.codeExpires.split("{time}")[0]!.trim());
    await expect(aPanel.getByRole("status").first()).toContainText(code);
    const aLearner = await learnerIdOf(a.context());
    const aStats = await a.getByTestId("dashboard-stats").innerText();
    // Shown only here: the database keeps its SHA-256, never the code.
    expect(await storedHashesOf(aLearner!)).toEqual([createHash("sha256").update(code.replace("-", "")).digest("hex")]);

    // Device B, a fresh browser: the code typed in lower case, without the dash.
    const b = await dashboard(browser, locale);
    expect(await learnerIdOf(b.context())).toBeNull();
    await enterCode(b, locale, code.replace("-", " ").toLowerCase());
    await expect(b.getByTestId("transfer-panel").getByRole("status").last()).toHaveText(m.redeemDone);
    expect(await learnerIdOf(b.context())).toBe(aLearner);
    await expect.poll(() => b.getByTestId("dashboard-stats").innerText()).toBe(aStats);
    const progressOf = async (page: Page) => {
      const report = (await (await page.request.get("/api/progress")).json()) as Record<string, unknown>;
      delete report.generatedAt; // the moment of the answer, not progress
      return report;
    };
    expect(await progressOf(b)).toEqual(await progressOf(a));
    // B's next write is A's progress: a third section studied on B shows on A.
    expect((await b.request.put(`/api/studied/${encodeURIComponent(sections[2]!.id)}`)).status()).toBe(200);
    expect((await (await a.request.get("/api/progress")).json()).studiedCount).toBe(3);

    // Device C: the same code again is refused, and C stays nobody.
    const c = await dashboard(browser, locale);
    const cAlert = c.getByTestId("transfer-panel").getByRole("alert").last();
    await enterCode(c, locale, code);
    await expect(cAlert).toHaveText(errors.transfer_code_used);
    await expect(c.getByTestId("transfer-panel").getByLabel(m.redeemLabel)).toHaveAttribute("aria-invalid", "true");
    expect(await learnerIdOf(c.context())).toBeNull();

    // A new code from A, expired before use.
    const second = await a.request.post("/api/transfer-codes", { data: {}, headers: { "Accept-Language": locale } });
    expect(second.status()).toBe(201);
    const { code: secondCode, expiresAt } = (await second.json()) as { code: string; expiresAt: string };
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    await expireCodesOf(aLearner!);
    await enterCode(c, locale, secondCode);
    await expect(cAlert).toHaveText(errors.transfer_code_expired);
    expect(await learnerIdOf(c.context())).toBeNull();

    // A code nobody made, and something that is not a code.
    await enterCode(c, locale, "ABCD-EFGH");
    await expect(cAlert).toHaveText(errors.transfer_code_unknown);
    await enterCode(c, locale, "hello");
    await expect(cAlert).toHaveText(errors.transfer_code_malformed);
    await c.getByTestId("transfer-panel").getByLabel(m.redeemLabel).fill("");
    await c.getByTestId("transfer-panel").getByLabel(m.redeemLabel).press("Enter");
    await expect(cAlert).toHaveText(m.redeemEmpty);

    // C has no learner, so no progress to hand on: making a code is refused, nothing stored.
    await c.getByTestId("transfer-panel").getByRole("button", { name: m.create, exact: true }).click();
    await expect(c.getByTestId("transfer-panel").getByRole("alert").first()).toHaveText(errors.transfer_needs_learner);
    expect(await learnerIdOf(c.context())).toBeNull();

    for (const page of [a, b, c]) await page.context().close();
  });

  test(`making codes is rate-limited per learner, with Retry-After and a message in the page's language (${locale})`, async ({ browser }) => {
    const page = await dashboard(browser, locale);
    expect((await page.request.put(`/api/studied/${encodeURIComponent(sections[0]!.id)}`)).status()).toBe(200);
    for (let i = 0; i < 5; i++) {
      expect((await page.request.post("/api/transfer-codes", { data: {} })).status()).toBe(201);
    }
    const limited = await page.request.post("/api/transfer-codes", { data: {}, headers: { "Accept-Language": locale } });
    expect(limited.status()).toBe(429);
    const retryAfter = Number(limited.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    const body = (await limited.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toContain(String(retryAfter));

    // The same refusal on the dashboard, in an alert.
    await page.reload();
    const panel = page.getByTestId("transfer-panel");
    await panel.getByRole("button", { name: MESSAGES[locale].TransferPanel.create, exact: true }).click();
    await expect(panel.getByRole("alert").first()).toContainText(locale === "en" ? "Too many attempts" : "尝试次数过多");
    await expect(panel.getByTestId("transfer-code")).toHaveCount(0);
    await page.context().close();
  });
}

// Limits per client address are shared by every test from this machine, so they are
// exhausted on a server of their own.
test("redeeming is rate-limited per learner and per client address; making codes per client address", async ({ playwright }) => {
  test.setTimeout(120_000);
  const server = await startPrivateServer();
  try {
    const client = async () => playwright.request.newContext({ baseURL: server.baseURL });
    const wrongCode = (i: number) => `ZZZZ-${String(i).padStart(4, "2").replace(/[01]/g, "2")}`;
    const redeem = (api: APIRequestContext, code: string, locale: Locale = "en") =>
      api.post("/api/transfer-codes/redeem", { data: { code }, headers: { "Accept-Language": locale } });

    // A learner with a real code, to show a limited client cannot use even that.
    const owner = await client();
    expect((await owner.put(`/api/studied/${encodeURIComponent(sections[0]!.id)}`)).status()).toBe(200);
    const made = await owner.post("/api/transfer-codes", { data: {} });
    expect(made.status()).toBe(201);
    const realCode = ((await made.json()) as { code: string }).code;

    // Per learner: a browser that is a learner gets 10 guesses.
    const guesser = await client();
    expect((await guesser.put(`/api/studied/${encodeURIComponent(sections[1]!.id)}`)).status()).toBe(200);
    for (let i = 0; i < 10; i++) expect((await redeem(guesser, wrongCode(i + 2))).status()).toBe(404);
    const perLearner = await redeem(guesser, wrongCode(99));
    expect(perLearner.status()).toBe(429);
    expect(Number(perLearner.headers()["retry-after"])).toBeGreaterThan(0);

    // Per address: 20 guesses in all from this machine (11 taken above).
    const anonymous = await client();
    for (let i = 0; i < 9; i++) expect((await redeem(anonymous, wrongCode(i + 30))).status()).toBe(404);
    const perAddress = await redeem(anonymous, realCode, "zh");
    expect(perAddress.status()).toBe(429);
    const retryAfter = Number(perAddress.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(await perAddress.json()).toEqual({ error: { code: "rate_limited", message: zh.ApiErrors.rate_limited.replace("{seconds}", String(retryAfter)) } });
    expect(await learnerIdOf(anonymous)).toBeNull();
    expect(await server.query<{ usedAt: string | null }>(`SELECT "usedAt" FROM "TransferCode"`)).toEqual([{ usedAt: null }]);
    // A malformed code is refused as such, before it is counted.
    const malformed = await redeem(anonymous, "not a code");
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.code).toBe("transfer_code_malformed");

    // Making codes: 30 per address, whichever learners ask (each may make 5).
    let madeCount = 1;
    for (let learner = 0; madeCount < 30; learner++) {
      const api = await client();
      expect((await api.put(`/api/studied/${encodeURIComponent(sections[0]!.id)}`)).status()).toBe(200);
      for (let i = 0; i < 5 && madeCount < 30; i++, madeCount++) expect((await api.post("/api/transfer-codes", { data: {} })).status()).toBe(201);
      if (madeCount === 30) {
        const fresh = await client();
        expect((await fresh.put(`/api/studied/${encodeURIComponent(sections[0]!.id)}`)).status()).toBe(200);
        const refused = await fresh.post("/api/transfer-codes", { data: {} });
        expect(refused.status()).toBe(429);
        expect((await refused.json()).error.code).toBe("rate_limited");
        await fresh.dispose();
      }
      await api.dispose();
    }
    for (const api of [owner, guesser, anonymous]) await api.dispose();
  } finally {
    await server.stop();
  }
});
