import { describe, expect, it } from "vitest";
import { startChunkName } from "../../../scripts/startChunk";

// Which modules go to the one chunk the page starts with (vite.config.ts).

interface Module {
  readonly isEntry?: boolean;
  readonly importers?: readonly string[];
  readonly dynamicImporters?: readonly string[];
}

function graphOf(modules: Record<string, Module>) {
  return {
    getModuleInfo: (id: string) => {
      const m = modules[id];
      return m
        ? {
            isEntry: m.isEntry ?? false,
            importers: m.importers ?? [],
            dynamicImporters: m.dynamicImporters ?? [],
          }
        : null;
    },
  };
}

describe("startChunkName", () => {
  const graph = graphOf({
    main: { isEntry: true },
    store: { importers: ["main", "model"] },
    model: { importers: ["store"] }, // a cycle of imports: store → model → store
    barrel: { importers: ["store"] },
    paste: { importers: ["barrel"], dynamicImporters: ["store"] }, // re-exported, but loaded lazily
    dialog: { dynamicImporters: ["main"] },
    dialogPart: { importers: ["dialog"] },
    shared: { importers: ["dialog", "store"] },
  });

  it("takes every module an entry imports statically, through cycles and shared ones alike", () => {
    const name = startChunkName();
    for (const id of ["main", "store", "model", "barrel", "shared"]) expect(name(id, graph)).toBe("start");
  });

  it("leaves out what is imported lazily, and what only lazy modules import", () => {
    const name = startChunkName();
    for (const id of ["paste", "dialog", "dialogPart", "unknown"]) expect(name(id, graph)).toBeNull();
  });
});
