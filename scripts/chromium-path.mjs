// Where the real Chromium for end-to-end tests and the benchmark lives:
// CHROMIUM_PATH first, then Debian's /usr/bin/chromium, then Playwright's own
// browser if a developer happens to have one. Never downloads anything.
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]) {
    if (existsSync(candidate)) return candidate;
  }
  const cache = join(homedir(), ".cache", "ms-playwright");
  if (existsSync(cache)) {
    for (const dir of readdirSync(cache)
      .filter((d) => d.startsWith("chromium-"))
      .sort()
      .reverse()) {
      const binary = join(cache, dir, "chrome-linux", "chrome");
      if (existsSync(binary)) return binary;
    }
  }
  return undefined;
}
