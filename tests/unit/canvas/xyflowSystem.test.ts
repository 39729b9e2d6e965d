import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The tree's minimap imports XYMinimap from @xyflow/system directly. React Flow
// pins its own @xyflow/system exactly; should the two specs drift apart on an
// upgrade of one, npm installs a second copy, and the minimap would drive React
// Flow's pan and zoom through another copy of its code.

const root = join(import.meta.dirname, "..", "..", "..");
const read = (path: string) => JSON.parse(readFileSync(join(root, path), "utf8"));

describe("@xyflow/system", () => {
  it("is the version React Flow itself depends on", () => {
    const ours = read("package.json").dependencies["@xyflow/system"] as string;
    const reactFlows = read("node_modules/@xyflow/react/package.json").dependencies[
      "@xyflow/system"
    ] as string;
    expect(ours.replace(/^[\^~]/, "")).toBe(reactFlows.replace(/^[\^~]/, ""));
  });

  it("is installed once", () => {
    expect(() =>
      readFileSync(join(root, "node_modules/@xyflow/react/node_modules/@xyflow/system/package.json")),
    ).toThrow();
  });
});
