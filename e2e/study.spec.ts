import { expect, test, type Page } from "@playwright/test";
import { getStudySets } from "../lib/content/study-sets";
import { E2E_DATABASE_URL } from "../playwright.config";
import { testDatabase } from "./support/test-database";

// The study capability end to end, against the production build, in both locales:
// home lists every section with its Chinese label, a section can be marked studied,
// the mark survives a reload and a language switch, and unknown paths are 404s.
const sets = getStudySets();
const seed = sets.find((set) => set.slug === "qin-gang-islamabad-2023-05");
if (!seed) throw new Error("the seed document content/qin-gang-islamabad-2023-05.txt is missing");
const allSections = sets.flatMap((set) => set.sections.map((section) => ({ set, section })));

const ui = {
  en: {
    home: "Study the visit",
    opening: "Opening section",
    mark: "Mark as studied",
    unmark: "Mark as not studied",
    marked: "Marked as studied.",
    unmarked: "Marked as not studied.",
    studied: "Studied",
    notStudied: "Not studied yet",
    language: "English",
    progress: (studied: number) => `${studied} of ${allSections.length} studied`,
    notFound: "Page not found",
    next: "Next section",
    previous: "Previous section",
  },
  zh: {
    home: "学习此次访问",
    opening: "开篇部分",
    mark: "标记为已学习",
    unmark: "标记为未学习",
    marked: "已标记为已学习。",
    unmarked: "已标记为未学习。",
    studied: "已学习",
    notStudied: "尚未学习",
    language: "中文",
    progress: (studied: number) => `${allSections.length} 节中已学习 ${studied} 节`,
    notFound: "页面未找到",
    next: "下一节",
    previous: "上一节",
  },
} as const;

type Locale = keyof typeof ui;
const other: Record<Locale, Locale> = { en: "zh", zh: "en" };

function studyPath(locale: Locale, setSlug: string, sectionSlug: string): string {
  return `/${locale}/study/${setSlug}/${sectionSlug}`;
}

async function expectProgress(page: Page, locale: Locale, studied: number) {
  const bar = page.getByRole("progressbar");
  await expect(bar).toHaveAttribute("aria-valuenow", String(studied));
  await expect(bar).toHaveAttribute("aria-valuemax", String(allSections.length));
  await expect(page.getByText(ui[locale].progress(studied), { exact: true })).toBeVisible();
}

test("the seed document has 8 sections", () => {
  expect(seed.sections).toHaveLength(8);
});

for (const locale of ["en", "zh"] as const) {
  const t = ui[locale];

  test.describe(`study in ${locale}`, () => {
    test("home lists every section with its Chinese label and the progress", async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.getByRole("heading", { level: 1, name: t.home })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const cards = page.getByRole("main").getByRole("listitem");
      await expect(cards).toHaveCount(allSections.length);
      for (const { section } of allSections) {
        const card = cards.nth(allSections.findIndex((entry) => entry.section.id === section.id));
        await expect(card.getByRole("link", { name: section.title ?? t.opening, exact: true })).toBeVisible();
        if (section.labelZh) {
          await expect(card.getByText(section.labelZh, { exact: true })).toHaveAttribute("lang", "zh");
        }
        await expect(card.getByText(t.notStudied, { exact: true })).toBeVisible();
      }
      await expectProgress(page, locale, 0);
    });

    test("mark a section studied, reload, switch language and stay on it", async ({ page }) => {
      const target = seed.sections[2]!;
      await page.goto(`/${locale}`);
      await page.getByRole("link", { name: target.title!, exact: true }).click();
      await expect(page).toHaveURL(studyPath(locale, seed.slug, target.slug));
      await expect(page.getByRole("heading", { level: 1, name: target.title! })).toBeVisible();
      await expect(page.getByText(target.labelZh!, { exact: true })).toHaveAttribute("lang", "zh");
      await expect(page.getByText(t.notStudied, { exact: true })).toBeVisible();

      await page.getByRole("button", { name: t.mark, exact: true }).click();
      await expect(page.getByRole("status")).toContainText(t.marked);
      await expect(page.getByText(t.studied, { exact: true })).toBeVisible();
      await expect(page.getByRole("button", { name: t.unmark, exact: true })).toBeFocused();

      await page.reload();
      // The studied list is read after the page loads (through /api/studied): on a busy CI
      // machine with PostgreSQL the first read after a reload once took over 5 s.
      await expect(page.getByText(t.studied, { exact: true })).toBeVisible({ timeout: 15_000 });
      await expect(page.getByRole("button", { name: t.unmark, exact: true })).toBeVisible();

      const target2 = other[locale];
      await page.getByRole("link", { name: ui[target2].language }).click();
      await expect(page).toHaveURL(studyPath(target2, seed.slug, target.slug));
      await expect(page.locator("html")).toHaveAttribute("lang", target2);
      await expect(page.getByRole("heading", { level: 1, name: target.title! })).toBeVisible();
      await expect(page.getByText(ui[target2].studied, { exact: true })).toBeVisible();
      await expect(page.getByRole("button", { name: ui[target2].unmark })).toBeVisible();

      await page.goto(`/${target2}`);
      await expectProgress(page, target2, 1);
      const card = page.getByRole("main").getByRole("listitem").nth(2);
      await expect(card.getByText(ui[target2].studied, { exact: true })).toBeVisible();
    });

    test("undo a mark", async ({ page }) => {
      const target = seed.sections[0]!;
      await page.goto(studyPath(locale, seed.slug, target.slug));
      await expect(page.getByRole("heading", { level: 1, name: t.opening })).toBeVisible();
      await page.getByRole("button", { name: t.mark, exact: true }).click();
      await expect(page.getByRole("status")).toContainText(t.marked);
      await page.getByRole("button", { name: t.unmark, exact: true }).click();
      await expect(page.getByRole("status")).toHaveText(t.unmarked);
      await expect(page.getByRole("button", { name: t.mark, exact: true })).toBeVisible();
      await page.reload();
      await expect(page.getByText(t.notStudied, { exact: true })).toBeVisible();
    });

    test("previous and next by link and keyboard", async ({ page }) => {
      const [first, second, third] = [seed.sections[0]!, seed.sections[1]!, seed.sections[2]!];
      await page.goto(studyPath(locale, seed.slug, second.slug));
      await expect(page.getByRole("heading", { level: 1, name: second.title! })).toBeVisible();
      await expect(page.getByText("J", { exact: true })).toBeVisible();

      await page.keyboard.press("j");
      await expect(page).toHaveURL(studyPath(locale, seed.slug, third.slug));
      await expect(page.getByRole("heading", { level: 1, name: third.title! })).toBeVisible();

      await page.keyboard.press("ArrowLeft");
      await expect(page).toHaveURL(studyPath(locale, seed.slug, second.slug));
      await page.keyboard.press("k");
      await expect(page).toHaveURL(studyPath(locale, seed.slug, first.slug));
      await expect(page.getByRole("heading", { level: 1, name: t.opening })).toBeVisible();

      await page.getByRole("link", { name: new RegExp(`^${t.next}`) }).click();
      await expect(page).toHaveURL(studyPath(locale, seed.slug, second.slug));
      await page.getByRole("link", { name: new RegExp(`^${t.previous}`) }).click();
      await expect(page).toHaveURL(studyPath(locale, seed.slug, first.slug));
    });

    test("unknown section and paths below a section are localized 404s", async ({ page }) => {
      for (const path of [
        `/${locale}/study/${seed.slug}/no-such-section`,
        `/${locale}/study/no-such-set/${seed.sections[1]!.slug}`,
        `${studyPath(locale, seed.slug, seed.sections[1]!.slug)}/extra`,
        `/${locale}/no/such/page`,
      ]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.getByRole("heading", { level: 1, name: t.notFound })).toBeVisible();
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
      }
    });
  });
}

for (const [locale, browserLocale] of [
  ["en", "en-GB"],
  ["zh", "zh-CN"],
] as const) {
  test.describe(`unknown locale, reader prefers ${locale}`, () => {
    // The browser's locale sets Accept-Language, which the proxy's redirect follows.
    test.use({ locale: browserLocale });

    test("/fr is a 404 in the reader's language", async ({ page }) => {
      const response = await page.goto("/fr");
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: ui[locale].notFound })).toBeVisible();
    });
  });
}

test.describe("studied API", () => {
  const path = (index: number) => `/api/studied/${encodeURIComponent(seed.sections[index]!.id)}`;

  async function studiedRows(learnerId: string): Promise<string[]> {
    const rows = await testDatabase(E2E_DATABASE_URL).all<{ sectionId: string }>(
      `SELECT "sectionId" FROM "StudiedSection" WHERE "learnerId" = ? ORDER BY "sectionId"`,
      [learnerId],
    );
    return rows.map((row) => row.sectionId);
  }

  function learnerIdFrom(setCookie: string | undefined): string {
    const id = /^learner=([A-Za-z0-9_-]{43});/.exec(setCookie ?? "")?.[1];
    if (!id) throw new Error(`no learner cookie in ${setCookie}`);
    return id;
  }

  test("a reader without a cookie gets an empty list and no cookie", async ({ request }) => {
    const response = await request.get("/api/studied");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ sections: [] });
    expect(response.headers()["set-cookie"]).toBeUndefined();
  });

  test("the first write sets an httpOnly, SameSite=Lax cookie; PUT and DELETE are idempotent", async ({ request }) => {
    const first = await request.put(path(1));
    expect(first.status()).toBe(200);
    const cookie = first.headers()["set-cookie"];
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const learnerId = learnerIdFrom(cookie);
    const body = await first.json();
    expect(body).toMatchObject({ sectionId: seed.sections[1]!.id, studied: true });
    expect(await studiedRows(learnerId)).toEqual([seed.sections[1]!.id]);

    const again = await request.put(path(1));
    expect(await again.json()).toEqual(body);
    expect(again.headers()["set-cookie"]).toBeUndefined();
    const list = await request.get("/api/studied");
    expect(await list.json()).toEqual({ sections: [{ sectionId: seed.sections[1]!.id, studiedAt: body.studiedAt }] });

    for (let attempt = 0; attempt < 2; attempt++) {
      const removed = await request.delete(path(1));
      expect(await removed.json()).toEqual({ sectionId: seed.sections[1]!.id, studied: false, studiedAt: null });
    }
    expect(await studiedRows(learnerId)).toEqual([]);
  });

  test("rejected writes store nothing", async ({ request }) => {
    const learnerId = learnerIdFrom((await request.put(path(1))).headers()["set-cookie"]);
    const before = await studiedRows(learnerId);

    const unknown = await request.put(`/api/studied/${encodeURIComponent("no-such:section")}`, {
      headers: { "Accept-Language": "zh-CN" },
    });
    expect(unknown.status()).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: "unknown_section", message: "不存在该章节。" } });

    for (const method of ["put", "delete"] as const) {
      const crossSite = await request[method](path(method === "put" ? 3 : 1), { headers: { Origin: "https://evil.example" } });
      expect(crossSite.status()).toBe(403);
      expect((await crossSite.json()).error.code).toBe("forbidden_origin");
    }
    expect(await studiedRows(learnerId)).toEqual(before);
  });

  test("a rejected write creates no learner, and a forged cookie is not adopted", async ({ request }) => {
    const unknown = await request.put(`/api/studied/${encodeURIComponent("no-such:section")}`);
    expect(unknown.status()).toBe(404);
    expect(unknown.headers()["set-cookie"]).toBeUndefined();

    const forged = "A".repeat(43);
    const response = await request.put(path(2), { headers: { Cookie: `learner=${forged}` } });
    expect(response.status()).toBe(200);
    expect(learnerIdFrom(response.headers()["set-cookie"])).not.toBe(forged);
    expect(await studiedRows(forged)).toEqual([]);
  });
});

test("the language switcher keeps the query string (a preselected quiz section)", async ({ page }) => {
  const section = getStudySets()[0]!.sections[0]!;
  await page.goto(`/en/quiz?sections=${encodeURIComponent(section.id)}`);
  await page.getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL(new RegExp(`/zh/quiz\\?sections=${encodeURIComponent(section.id)}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "zh");
});
