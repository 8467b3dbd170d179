import { expect, test } from "@playwright/test";

// A page that fails unexpectedly shows the locale's error page inside the site's layout:
// its heading takes focus, the message is announced, and "Try again" reads the data
// again. The failure is made here by a malformed progress report, which the dashboard
// cannot render. Also: every page names its other-language version (hreflang).

const TEXT = {
  en: { title: "Something went wrong", retry: "Try again" },
  zh: { title: "出错了", retry: "重试" },
} as const;
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;

for (const locale of ["en", "zh"] as const) {
  test(`a failing page shows the error page, and "Try again" recovers (${locale})`, async ({ page }) => {
    let broken = true;
    await page.route("**/api/progress", (route) => (broken ? route.fulfill({ json: { malformed: true } }) : route.fallback()));
    await page.goto(`/${locale}/dashboard`);

    const heading = page.getByRole("heading", { level: 1, name: TEXT[locale].title });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await expect(page.getByTestId("error-page").getByRole("alert")).toHaveText(/\S/);
    await expect(page.getByRole("banner")).toBeVisible();

    for (const [name, size] of Object.entries(VIEWPORTS)) {
      if (!process.env.SHOTS_DIR) break;
      await page.setViewportSize(size);
      await page.screenshot({ path: `${process.env.SHOTS_DIR}/error-${locale}-${name}.png`, fullPage: true });
    }

    broken = false;
    const retry = page.getByRole("button", { name: TEXT[locale].retry });
    await retry.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("dashboard-stats")).toBeVisible();
    await expect(page.getByTestId("error-page")).toHaveCount(0);
  });
}

test("every page links its version in the other language (hreflang)", async ({ page }) => {
  for (const path of ["", "/quiz", "/review", "/dashboard"]) {
    await page.goto(`/zh${path}`);
    const links = page.locator('head link[rel="alternate"][hreflang]');
    await expect(links).toHaveCount(3);
    expect(new URL((await links.and(page.locator('[hreflang="en"]')).getAttribute("href"))!).pathname).toBe(`/en${path}`);
    expect(new URL((await links.and(page.locator('[hreflang="zh"]')).getAttribute("href"))!).pathname).toBe(`/zh${path}`);
  }
});
