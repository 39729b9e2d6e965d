import { defineConfig } from "@playwright/test";
// @ts-expect-error: a plain .mjs helper shared with the benchmark, without type declarations
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium-path.mjs";

// E2E_PORT lets two suites run side by side on one machine (each builds and serves its own copy).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = process.env.E2E_PORT ? `.e2e-dist-${PORT}` : "dist";

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  outputDir: process.env.E2E_OUTPUT ?? "test-results",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    headless: true,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: "off",
    screenshot: "only-on-failure",
  },
  webServer: {
    // The production build, as users get it.
    command: `node_modules/.bin/vite build --outDir ${OUT_DIR} --emptyOutDir && node_modules/.bin/vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
