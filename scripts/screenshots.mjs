// Screenshots of the home and a study page in both locales, desktop and phone widths,
// for the README and for looking at the result. Needs a running production server:
//   npm start            (or PORT=… npm start), then
//   node scripts/screenshots.mjs [base url, default http://127.0.0.1:3000]
// Marks two sections studied first (a fresh learner), so the progress shows.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const baseURL = process.argv[2] ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const outDir = "docs/screenshots";
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const setSlug = "qin-gang-islamabad-2023-05";
const studied = [`${setSlug}:opening`, `${setSlug}:qin-gang-holds-the-fourth-round-of-china`];
const studyPath = `study/${setSlug}/qin-gang-holds-the-fourth-round-of-china`;

const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
};

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: executablePath || undefined,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try {
  for (const [device, viewport] of Object.entries(viewports)) {
    const context = await browser.newContext({ baseURL, viewport, deviceScaleFactor: device === "phone" ? 2 : 1 });
    for (const id of studied) {
      const response = await context.request.put(`/api/studied/${encodeURIComponent(id)}`);
      if (!response.ok()) throw new Error(`PUT ${id} answered ${response.status()}`);
    }
    const page = await context.newPage();
    for (const locale of ["en", "zh"]) {
      await page.goto(`/${locale}`);
      await page.getByRole("progressbar").and(page.locator("[aria-valuenow]")).waitFor();
      await page.screenshot({ path: `${outDir}/home-${locale}-${device}.png`, fullPage: device === "desktop" });
      await page.goto(`/${locale}/${studyPath}`);
      await page.locator("[role=status]").waitFor({ state: "attached" });
      await page
        .getByRole("button", { name: /studied|学习/ })
        .and(page.locator(":not([aria-disabled=true])"))
        .waitFor();
      await page.screenshot({ path: `${outDir}/study-${locale}-${device}.png` });
      console.log(`${outDir}/{home,study}-${locale}-${device}.png`);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
