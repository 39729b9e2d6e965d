import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Plugin } from "vite";

// Writes sw.js into the production build: the worker in sw-template.js with
// the list of every file of the build (hashed chunks, index.html and the public
// files: icons, manifest) and a version that changes whenever any of them does.
// The dev server gets no worker (apply: "build"), so development never serves a
// cached build.

const TEMPLATE = join(import.meta.dirname, "sw-template.js");
const WORKER = "sw.js";

function publicFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path).split("\\").join("/"));
    }
  };
  walk(dir);
  return files;
}

export function serviceWorker(): Plugin {
  let publicDir = "";
  let base = "/";
  return {
    name: "selaras-service-worker",
    apply: "build",
    configResolved(config) {
      publicDir = config.publicDir;
      base = config.base;
    },
    // After Vite's own hooks, so that index.html is in the bundle too.
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        const hash = createHash("sha256");
        const files: string[] = [];
        for (const [fileName, output] of Object.entries(bundle)) {
          files.push(fileName);
          hash.update(fileName);
          hash.update(output.type === "chunk" ? output.code : output.source);
        }
        for (const fileName of publicFiles(publicDir)) {
          files.push(fileName);
          hash.update(fileName);
          hash.update(readFileSync(join(publicDir, fileName)));
        }
        const urls = files
          .filter((f) => f !== WORKER)
          .sort()
          .map((f) => base + f);
        const source = readFileSync(TEMPLATE, "utf8")
          .replace('"__VERSION__"', JSON.stringify(hash.digest("hex").slice(0, 16)))
          .replace("__PRECACHE__", JSON.stringify(urls, null, 2));
        this.emitFile({ type: "asset", fileName: WORKER, source });
      },
    },
  };
}
