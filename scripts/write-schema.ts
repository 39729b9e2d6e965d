// Writes docs/document.schema.json from the zod schema in src/format/schema.ts.
// Run: npm run schema (node --experimental-strip-types: Node 22.6 or later).
// On Node 20, which has no type stripping, run it through Vite instead:
//   node -e "import('vite').then((v) => v.runnerImport('./scripts/write-schema.ts', { configFile: false }))"
// tests/unit/format/json-schema.test.ts fails when the committed file differs
// from what this script would write.

import { writeFileSync } from "node:fs";
import { documentJsonSchemaText } from "../src/format/json-schema.ts";

const target = new URL("../docs/document.schema.json", import.meta.url);
writeFileSync(target, documentJsonSchemaText());
console.log(`wrote ${target.pathname}`);
