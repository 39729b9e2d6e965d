import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The benchmark's own pages, built apart from the app (npm run bench builds and serves them):
// - index.html: the baseline, bare React Flow with a dagre layout and default settings;
// - diagnose.html: the domain's loadDocument() and diagnose() timed in Chromium.
// Generated documents are written to docs/doc-<n>.json in the output folder before it is served.
// The output lives outside the repository, so that no linter or test runner walks into it.

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const BENCH_TMP = process.env.SELARAS_BENCH_TMP ?? join(tmpdir(), "selaras-bench");
export const BASELINE_OUT_DIR = join(BENCH_TMP, "baseline-dist");

export default defineConfig({
  root: here("."),
  base: "./",
  logLevel: "warn",
  plugins: [react()],
  build: {
    outDir: BASELINE_OUT_DIR,
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: { index: here("index.html"), diagnose: here("diagnose.html") },
    },
  },
});
