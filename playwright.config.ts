import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";

// The app is built and served by the same script users run (npm start), on its own port
// and its own SQLite file, so tests never touch data/tabiji.db.
const PORT = Number(process.env.TABIJI_E2E_PORT ?? 3100);
// TABIJI_E2E_BASE_URL points the tests at a server that is already running (e.g. `npm run dev`).
const external = process.env.TABIJI_E2E_BASE_URL;
const baseURL = external ?? `http://127.0.0.1:${PORT}`;
const chromium = process.env.TABIJI_CHROMIUM ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  // Admins for the admin-area tests, created with npm run admin:create in the server's database.
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  // Two retries in CI: on a loaded 2-core machine an embed sometimes misses its first
  // resize (e2e/pages/embeds.spec.ts), a known flake still to be found.
  retries: process.env.CI ? 2 : 0,
  // npm test also asks for a JSON report (TABIJI_PW_JSON) to count the tests it ran.
  reporter: [["list"], ...(process.env.TABIJI_PW_JSON ? [["json"] as ["json"]] : []), ...(process.env.CI ? [] : [["html", { open: "never" }] as ["html", { open: string }]])],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "on-first-retry",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is impossible on these machines.
      executablePath: existsSync(chromium) ? chromium : undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "api", testMatch: /api\/.*\.spec\.ts/ },
    { name: "pages", testMatch: /pages\/.*\.spec\.ts/, use: { ...devices["Desktop Chrome"], locale: "en-US" } },
  ],
  webServer: external ? undefined : {
    command: "node scripts/start.mjs",
    url: `${baseURL}/api/health`,
    timeout: 360_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      DATABASE_URL: process.env.TABIJI_E2E_DATABASE_URL ?? "file:./.tmp/e2e.db",
      TABIJI_RATE_LIMIT_PER_MINUTE: "100000",
    },
  },
});
