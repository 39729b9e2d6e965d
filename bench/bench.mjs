// npm run bench: runs bench/run.ts through Vite's module runner, which strips
// the types (Node 20 cannot) and resolves the app's own modules as Vite does.
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const entry = fileURLToPath(new URL("./run.ts", import.meta.url));
const { module } = await runnerImport(entry, { configFile: false, logLevel: "error" });
try {
  await module.main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
