import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { contentSecurityPolicy } from "./scripts/csp.ts";
import { serviceWorker } from "./scripts/pwa/plugin.ts";
import { startChunkName } from "./scripts/startChunk.ts";

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), serviceWorker()],
  build: {
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: startChunkName() }] } },
    },
  },
});
