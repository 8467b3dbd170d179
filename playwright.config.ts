import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS } from "./e2e/support/chromium-args";
import { e2eDatabaseUrl } from "./e2e/support/test-database";

// Runs against the production build and server (`npm run build` first; `npm test` does it).
// Debian's Chromium when it is installed (Playwright cannot download its own browser here),
// Playwright's own browser otherwise; CHROMIUM_PATH overrides both, empty for the bundled one.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : "");
// One database per port, so two suites on different ports never share rows: a SQLite
// file, or a PostgreSQL database when TEST_POSTGRES_URL names a server.
export const E2E_DATABASE_URL = e2eDatabaseUrl(PORT);

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? "line" : "list",
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath || undefined,
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    command: "node --import tsx scripts/fresh-database.ts && node .server-build/start.js",
    url: `http://127.0.0.1:${PORT}/en`,
    env: { PORT: String(PORT), DATABASE_URL: E2E_DATABASE_URL },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
