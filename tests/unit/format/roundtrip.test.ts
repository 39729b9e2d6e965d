// Export then import gives back the same document; import then export of a
// valid file gives back the same JSON data (format.md, "Writing").

import { describe, expect, it } from "vitest";
import type { PlanDocument } from "../../../src/domain/types";
import { loadDocument } from "../../../src/format/load";
import { serializeDocument, toFileObject } from "../../../src/format/serialize";
import { expectLoaded, fixtureData, fixtureText, type Loose, loadFixture, minimalFile } from "./helpers";

const PROTO = "__proto__";

const VALID = [
  "example.json",
  "valid/full.json",
  "valid/special-ids.json",
  "valid/same-unit-ids-in-two-structures.json",
  "valid/links-without-cycle.json",
];

/** Everything in a domain document, with Maps as ordered entry lists, for exact comparison. */
function snapshot(doc: PlanDocument): unknown {
  return {
    meta: doc.meta,
    nodes: [...doc.nodes.entries()],
    links: [...doc.links.entries()],
    structures: [...doc.structures.entries()].map(([id, s]) => [id, { ...s, units: [...s.units.entries()] }]),
    alignments: [...doc.alignments.entries()],
    layout: {
      nodes: [...doc.layout.nodes.entries()],
      units: [...doc.layout.units.entries()].map(([id, points]) => [id, [...points.entries()]]),
    },
    view: doc.view,
  };
}

describe("import then export", () => {
  it.each(VALID)("%s gives back the same JSON data", (name) => {
    const original = fixtureData(name);
    const { document } = expectLoaded(loadFixture(name));
    expect(JSON.parse(serializeDocument(document))).toEqual(original);
    expect(JSON.parse(serializeDocument(document, { pretty: true }))).toEqual(original);
    expect(toFileObject(document)).toEqual(original);
  });

  it("keeps __proto__, constructor, toString, prototype as own keys of the layout", () => {
    const { document } = expectLoaded(loadFixture("valid/special-ids.json"));
    const text = serializeDocument(document);
    const file = JSON.parse(text) as {
      layout: { nodes: object; units: Record<string, object> };
      view: object;
    };
    expect(Object.keys(file.layout.nodes)).toEqual(["__proto__", "constructor", "toString", "prototype"]);
    expect(Object.keys(file.layout.units)).toEqual(["__proto__", "constructor"]);
    expect(Object.keys(file.layout.units[PROTO]!)).toEqual(["__proto__", "constructor", "toString"]);
    expect(Object.getOwnPropertyDescriptor(file.layout.nodes, "__proto__")?.value).toEqual({ x: 1, y: 2 });
    expect(Object.keys(file.view)).toEqual(["__proto__", "constructor"]);
    // The object handed out has them as own keys too, and ordinary prototypes.
    const object = toFileObject(document) as { layout: { nodes: object } };
    expect(Object.keys(object.layout.nodes)).toEqual(["__proto__", "constructor", "toString", "prototype"]);
    expect(Object.getPrototypeOf(object.layout.nodes)).toBe(Object.prototype);
    expect(text).toContain('"__proto__":{"x":1,"y":2}');
  });

  it("writes parentId always, and key fields in the schema's order", () => {
    const { document } = expectLoaded(loadFixture("example.json"));
    const text = serializeDocument(document);
    expect(
      text.startsWith('{"format":"strategy-map","version":1,"meta":{"title":"Renstra contoh","period"'),
    ).toBe(true);
    expect(text).toContain(
      '{"id":"g1","kind":"goal","parentId":null,"name":"Meningkatnya kesejahteraan sosial"}',
    );
  });

  it("pretty output is indented and ends with a newline; compact output is one line", () => {
    const { document } = expectLoaded(loadFixture("example.json"));
    const pretty = serializeDocument(document, { pretty: true });
    expect(pretty.startsWith('{\n  "format": "strategy-map",\n  "version": 1,')).toBe(true);
    expect(pretty.endsWith("}\n")).toBe(true);
    expect(serializeDocument(document)).not.toContain("\n");
  });

  it("leaves out empty optional values a writer must not write (the documented normalisation)", () => {
    const file = fixtureData("example.json") as Loose;
    const withEmpties = structuredClone(file);
    withEmpties.meta.organization = "";
    withEmpties.meta.notes = "";
    withEmpties.nodes[0].code = "";
    withEmpties.nodes[0].indicators = [];
    withEmpties.nodes[1].indicators[0].targets = {};
    withEmpties.nodes[1].indicators[0].definition = "";
    withEmpties.structures[0].basis = "";
    withEmpties.structures[0].units[0].shortName = "";
    withEmpties.alignments[0].notes = "";
    withEmpties.view = {};
    const { document } = expectLoaded(loadDocument(withEmpties));
    const expected = structuredClone(file);
    delete expected.nodes[1].indicators[0].targets;
    expect(toFileObject(document)).toEqual(expected);
  });

  it.each([
    [{}, undefined],
    [{ nodes: {} }, undefined],
    [{ units: { asis: {} } }, undefined],
    [{ nodes: {}, units: { asis: { m: { x: 1, y: 2 } } } }, { units: { asis: { m: { x: 1, y: 2 } } } }],
  ])("a layout with no position (%j) is written as %j", (layout, written) => {
    const file = fixtureData("example.json");
    file.layout = layout;
    const { document } = expectLoaded(loadDocument(file));
    expect(toFileObject(document).layout).toEqual(written);
  });

  it("writes the current format version, whatever is given", () => {
    const { document } = expectLoaded(loadDocument(minimalFile()));
    expect(toFileObject(document)).toEqual(minimalFile());
  });
});

describe("export then import", () => {
  it.each(VALID)("%s: the same document, ids, fields, order and positions", (name) => {
    const { document } = expectLoaded(loadFixture(name));
    const again = expectLoaded(loadDocument(serializeDocument(document)));
    expect(again.dropped).toEqual([]);
    expect(snapshot(again.document)).toEqual(snapshot(document));
    // Maps compare by content; the order is part of the promise too.
    expect([...again.document.nodes.keys()]).toEqual([...document.nodes.keys()]);
    expect([...again.document.layout.nodes.keys()]).toEqual([...document.layout.nodes.keys()]);
  });

  it("a document built in code, with special ids everywhere, comes back the same", () => {
    const ids = ["__proto__", "constructor", "toString", "prototype", "hasOwnProperty", "valueOf"];
    const nodes = new Map(
      ids.map((id, i) => [
        id,
        {
          id,
          kind: i === 0 ? ("goal" as const) : ("strategic_target" as const),
          parentId: i === 0 ? null : ids[0]!,
          name: `Node ${id}`,
          order: i,
          indicators: [{ id: `${id}.i`, name: "I", key: false, targets: { "2025": i, "2026": "WTP" } }],
        },
      ]),
    );
    const units = new Map(
      ids.map((id, i) => [
        id,
        { id, parentId: i === 0 ? null : ids[0]!, name: `Unit ${id}`, tier: "echelon_1" as const },
      ]),
    );
    const document: PlanDocument = {
      meta: { title: "Built", period: { start: 2025, end: 2029 }, updatedAt: "2025-03-01T00:00:00.000Z" },
      nodes,
      links: new Map([
        ["toString", { id: "toString", from: "valueOf", to: "constructor", type: "contributes" }],
      ]),
      structures: new Map([["__proto__", { id: "__proto__", name: "S", role: "existing", units }]]),
      alignments: new Map(
        ids.map((id) => [
          id,
          { id, structureId: "__proto__", unitId: id, nodeId: id, indicatorId: `${id}.i`, role: "primary" },
        ]),
      ),
      layout: {
        nodes: new Map(ids.map((id, i) => [id, { x: i, y: -i - 1.5 }])),
        units: new Map([["__proto__", new Map(ids.map((id, i) => [id, { x: i * 10, y: 0.5 }]))]]),
      },
      view: { __proto__: null, zoom: 1 } as unknown as Record<string, unknown>,
    };
    const again = expectLoaded(loadDocument(serializeDocument(document)));
    expect(snapshot(again.document)).toEqual(snapshot(document));
    expect(again.document.layout.nodes.get("__proto__")).toEqual({ x: 0, y: -1.5 });
    expect(again.document.layout.units.get("__proto__")?.get("constructor")).toEqual({ x: 10, y: 0.5 });
  });

  it("does not write layout entries naming nothing (a reader would drop them)", () => {
    const { document } = expectLoaded(loadFixture("example.json"));
    const stale: PlanDocument = {
      ...document,
      layout: {
        nodes: new Map([
          ["gone", { x: 1, y: 1 }],
          ["g1", { x: 2, y: 2 }],
        ]),
        units: new Map([["gone", new Map([["m", { x: 0, y: 0 }]])]]),
      },
    };
    expect(toFileObject(stale).layout).toEqual({ nodes: { g1: { x: 2, y: 2 } } });
  });

  it("the example file text loads and re-serialises to equal JSON data, pretty", () => {
    const { document } = expectLoaded(loadDocument(fixtureText("example.json")));
    expect(JSON.parse(serializeDocument(document, { pretty: true }))).toEqual(
      JSON.parse(fixtureText("example.json")),
    );
  });
});
