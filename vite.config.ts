import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { contentSecurityPolicy } from "./scripts/csp.ts";
import { serviceWorker } from "./scripts/pwa/plugin.ts";

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), serviceWorker()],
  build: {
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        // Every module the page runs at start in one chunk. Rolldown otherwise puts
        // the modules that lazy views share with the start (the store, the domain
        // model, the canvas's helpers) in a dozen small chunks: each one more
        // request, and each gzipped on its own, 7 kB more of initial JS in all
        // (`npm run bench`). The same modules load at start either way.
        codeSplitting: { groups: [{ name: "start", tags: ["$initial"] }] },
      },
    },
  },
});
