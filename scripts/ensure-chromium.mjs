// Before the end-to-end suite and the benchmark: make sure a real Chromium is there. On a fresh
// Debian machine as root, install Debian's package; elsewhere say what to do.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium } from "./chromium-path.mjs";

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && existsSync("/usr/bin/apt-get")) {
  console.log("No Chromium found: installing Debian's chromium package (apt-get)...");
  execSync(
    "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core",
    {
      stdio: "inherit",
    },
  );
  const installed = findChromium();
  if (installed) {
    console.log(`Chromium: ${installed}`);
    process.exit(0);
  }
}

console.error(
  [
    "No Chromium found for the end-to-end tests.",
    "Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or point CHROMIUM_PATH at a Chromium or Chrome binary:",
    "  CHROMIUM_PATH=/path/to/chrome npm test",
  ].join("\n"),
);
process.exit(1);
