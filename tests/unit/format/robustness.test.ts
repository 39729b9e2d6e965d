import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createCommands } from "../../../src/app/commands";
import { diagnose } from "../../../src/domain/diagnostics";
import type { PlanDocument } from "../../../src/domain/types";
import { describeIssue } from "../../../src/format/issueSentences";
import { FORMAT_ISSUE_CODES } from "../../../src/format/issues";
import { type LoadResult, loadDocument } from "../../../src/format/load";
import { serializeDocument, toFileObject } from "../../../src/format/serialize";
import { createRandom, generateDocument, type Random } from "../../../src/generator";
import type { DocumentRepository } from "../../../src/persistence/repository";
import { createAppStore } from "../../../src/store/appStore";
import type { Loose } from "./helpers";

// Hostile and broken files. Valid documents (the built-in sample, e2e fixtures,
// generated plans) are broken in many ways by a seeded generator: fields
// removed, wrong types, broken references, cycles, duplicate ids, huge strings,
// deep nesting, prototype-like ids and keys, invalid UTF-8, truncation, a 60 MB
// file. Every variation must be rejected with readable messages, or accepted
// because it is valid; nothing may throw, pollute Object.prototype, or change
// the open or stored documents when the file is imported and rejected.
//
// A failure names its seed and index: ROBUSTNESS_SEED=<seed> reproduces it.

const SEED = Number(process.env.ROBUSTNESS_SEED ?? 20261127);
const PER_KIND = 80;
const PROTO_WORDS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];

type Expectation = "reject" | "accept" | "either";

interface Variation {
  readonly name: string;
  readonly input: string | Uint8Array;
  readonly expect: Expectation;
}

function text(path: string): string {
  return readFileSync(fileURLToPath(new URL(path, import.meta.url)), "utf8");
}

/** Valid documents to break, as JSON data. */
function bases(): { name: string; data: Loose }[] {
  const fromDoc = (doc: PlanDocument) => JSON.parse(JSON.stringify(toFileObject(doc)));
  return [
    { name: "sample", data: JSON.parse(text("../../../src/sample/kemensos-2020-2024.json")) },
    { name: "small-plan", data: JSON.parse(text("../../fixtures/e2e/small-plan.json")) },
    { name: "hostile-ids", data: JSON.parse(text("../../fixtures/e2e/hostile-ids.json")) },
    { name: "generated-120", data: fromDoc(generateDocument(120, { seed: SEED })) },
    { name: "generated-400", data: fromDoc(generateDocument(400, { seed: SEED + 1 })) },
  ];
}

const BASES = bases();

// ---------------------------------------------------------------------------
// Walking JSON data

interface Slot {
  readonly parent: Loose;
  readonly key: string | number;
  readonly path: string;
}

/** Every place in the data that holds a value (object fields and array items). */
function slots(data: Loose, path = ""): Slot[] {
  const out: Slot[] = [];
  const stack: { value: Loose; path: string }[] = [{ value: data, path }];
  while (stack.length > 0) {
    const { value, path: at } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    for (const key of keys) {
      const inner = `${at}/${key}`;
      out.push({ parent: value, key, path: inner });
      stack.push({ value: value[key], path: inner });
    }
  }
  return out;
}

/** Sets an own property, `__proto__` included (a plain assignment would set the prototype). */
function setOwn(target: Loose, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function copy(data: Loose): Loose {
  return JSON.parse(JSON.stringify(data));
}

function typeOf(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

function deepValue(depth: number, random: Random): string {
  const open = random.chance(0.5) ? "[" : '{"a":';
  const close = open === "[" ? "]" : "}";
  return `${open.repeat(depth)}0${close.repeat(depth)}`;
}

// ---------------------------------------------------------------------------
// Mutations. Each returns a variation of one base, or null when the base has
// nothing to break that way.

type Mutation = (data: Loose, random: Random) => Omit<Variation, "name"> | null;

/** Delete one field anywhere. Optional fields may go: valid or rejected are both fine. */
const removeField: Mutation = (data, random) => {
  const candidates = slots(data).filter((slot) => !Array.isArray(slot.parent));
  if (candidates.length === 0) return null;
  const slot = random.pick(candidates);
  delete slot.parent[slot.key];
  return { input: JSON.stringify(data), expect: "either" };
};

/** Replace a value outside `view` with one of a type no field of its place accepts. */
const wrongType: Mutation = (data, random) => {
  const candidates = slots(data).filter((slot) => !slot.path.startsWith("/view"));
  const slot = random.pick(candidates);
  const original = typeOf(slot.parent[slot.key]);
  const replacements = [{ x: 1 }, [1, 2], true].filter((value) => typeOf(value) !== original);
  slot.parent[slot.key] = random.pick(replacements);
  return { input: JSON.stringify(data), expect: "reject" };
};

/** Point one reference at an id that exists nowhere. */
const brokenReference: Mutation = (data, random) => {
  const refs: [Loose, string][] = [];
  for (const node of data.nodes) if (node.parentId !== null) refs.push([node, "parentId"]);
  for (const link of data.links) refs.push([link, "from"], [link, "to"]);
  for (const structure of data.structures)
    for (const unit of structure.units) if (unit.parentId !== null) refs.push([unit, "parentId"]);
  for (const alignment of data.alignments)
    refs.push([alignment, "unitId"], [alignment, "nodeId"], [alignment, "structureId"]);
  if (refs.length === 0) return null;
  const [owner, field] = random.pick(refs);
  owner[field] = `missing-${random.int(0, 1e6)}`;
  return { input: JSON.stringify(data), expect: "reject" };
};

/** Make a node or unit its own ancestor. */
const cycle: Mutation = (data, random) => {
  const useUnits = random.chance(0.3) && data.structures.length > 0;
  const items: Loose[] = useUnits ? random.pick(data.structures as Loose[]).units : data.nodes;
  const byId = new Map<string, Loose>(items.map((item) => [item.id, item]));
  const withParent = items.filter((item) => item.parentId !== null);
  if (withParent.length === 0) return null;
  const start = random.pick(withParent);
  // Walk up a random number of steps, then hang that ancestor under `start`.
  let ancestor = start;
  for (let steps = random.int(0, 6); steps > 0 && ancestor.parentId !== null; steps--)
    ancestor = byId.get(ancestor.parentId) ?? ancestor;
  ancestor.parentId = start.id;
  return { input: JSON.stringify(data), expect: "reject" };
};

/** Give one item the id of another of its kind. */
const duplicateId: Mutation = (data, random) => {
  const lists: Loose[][] = [data.nodes, data.links, data.alignments, data.structures];
  for (const structure of data.structures) lists.push(structure.units);
  const usable = lists.filter((list) => list.length >= 2);
  if (usable.length === 0) return null;
  const list = random.pick(usable);
  const [a, b] = random.sample(list, 2);
  b.id = a.id;
  return { input: JSON.stringify(data), expect: "reject" };
};

/** A string field becomes very long (up to 2 MB). Long notes may be valid; names are limited. */
const hugeString: Mutation = (data, random) => {
  const candidates = slots(data).filter((slot) => typeof slot.parent[slot.key] === "string");
  const slot = random.pick(candidates);
  slot.parent[slot.key] = "Sangat panjang ".repeat(random.int(100, 140_000));
  return { input: JSON.stringify(data), expect: "either" };
};

/** A value nested thousands of levels deep, as text. */
const deepNesting: Mutation = (data, random) => {
  const candidates = slots(data);
  const slot = random.pick(candidates);
  const marker = `"__deep_${random.int(0, 1e9)}__"`;
  slot.parent[slot.key] = JSON.parse(marker);
  const depth = random.pick([1_000, 10_000, 100_000]);
  return {
    input: JSON.stringify(data).replace(marker, deepValue(depth, random)),
    // Deep data is only valid where any JSON goes (`view`), and there it is dropped.
    expect: "either",
  };
};

/** Rename one node, unit, structure, link or alignment (and every reference to it) to a prototype-like word. */
const protoId: Mutation = (data, random) => {
  const word = random.pick(PROTO_WORDS);
  const kind = random.pick(["node", "unit", "structure", "link", "alignment"] as const);
  const taken = (list: Loose[]) => list.some((item) => item.id === word);
  if (kind === "node") {
    if (taken(data.nodes)) return null;
    const node = random.pick(data.nodes as Loose[]);
    const old = node.id;
    node.id = word;
    for (const other of data.nodes) if (other.parentId === old) other.parentId = word;
    for (const link of data.links) {
      if (link.from === old) link.from = word;
      if (link.to === old) link.to = word;
    }
    for (const alignment of data.alignments) if (alignment.nodeId === old) alignment.nodeId = word;
    const points = data.layout?.nodes;
    if (points && Object.hasOwn(points, old)) {
      setOwn(points, word, points[old]);
      delete points[old];
    }
  } else if (kind === "unit") {
    if (data.structures.length === 0) return null;
    const structure = random.pick(data.structures as Loose[]);
    if (taken(structure.units) || structure.units.length === 0) return null;
    const unit = random.pick(structure.units as Loose[]);
    const old = unit.id;
    unit.id = word;
    for (const other of structure.units) if (other.parentId === old) other.parentId = word;
    for (const alignment of data.alignments)
      if (alignment.structureId === structure.id && alignment.unitId === old) alignment.unitId = word;
    const points = data.layout?.units?.[structure.id];
    if (points && Object.hasOwn(points, old)) {
      setOwn(points, word, points[old]);
      delete points[old];
    }
  } else if (kind === "structure") {
    if (data.structures.length === 0 || taken(data.structures)) return null;
    const structure = random.pick(data.structures as Loose[]);
    const old = structure.id;
    structure.id = word;
    for (const alignment of data.alignments) if (alignment.structureId === old) alignment.structureId = word;
    const units = data.layout?.units;
    if (units && Object.hasOwn(units, old)) {
      setOwn(units, word, units[old]);
      delete units[old];
    }
  } else {
    const list: Loose[] = kind === "link" ? data.links : data.alignments;
    if (list.length === 0 || taken(list)) return null;
    random.pick(list).id = word;
  }
  return { input: JSON.stringify(data), expect: "accept" };
};

/** Add a prototype-like key to some object: unknown fields are rejected; in `view` any key is data. */
const protoKey: Mutation = (data, random) => {
  const objects = slots(data)
    .map((slot) => ({ value: slot.parent[slot.key], path: slot.path }))
    .filter(({ value }) => typeOf(value) === "object");
  const target = random.pick(objects);
  const key = random.pick(PROTO_WORDS);
  if (Object.hasOwn(target.value, key)) return null;
  setOwn(target.value, key, random.chance(0.5) ? { polluted: true } : "polluted");
  return { input: JSON.stringify(data), expect: "either" };
};

/** Bytes that are not UTF-8, inside the text. */
const invalidUtf8: Mutation = (data, random) => {
  const bytes = new TextEncoder().encode(JSON.stringify(data));
  const bad = random.pick([
    [0xff],
    [0xc0, 0x80],
    [0xed, 0xa0, 0x80],
    [0xe2, 0x82],
    [0x80],
    [0xf8, 0x88, 0x80, 0x80, 0x80],
  ]);
  // Cut a character in half when we land in one: still invalid, never accidentally valid.
  const at = random.int(0, bytes.length);
  const out = new Uint8Array(bytes.length + bad.length);
  out.set(bytes.subarray(0, at), 0);
  out.set(bad, at);
  out.set(bytes.subarray(at), at + bad.length);
  return { input: out, expect: "reject" };
};

/** The file cut short, as a broken download leaves it. */
const truncated: Mutation = (data, random) => {
  const whole = JSON.stringify(data);
  const cut = random.int(0, whole.length - 1);
  return { input: whole.slice(0, cut), expect: "reject" };
};

/** Items removed from a list (their references may break): valid or rejected are both fine. */
const removeItems: Mutation = (data, random) => {
  const lists = slots(data).filter(
    (slot) => Array.isArray(slot.parent[slot.key]) && slot.parent[slot.key].length > 0,
  );
  if (lists.length === 0) return null;
  const slot = random.pick(lists);
  const list: Loose[] = slot.parent[slot.key];
  const from = random.int(0, Math.max(0, list.length - 1));
  list.splice(from, random.int(1, 5));
  return { input: JSON.stringify(data), expect: "either" };
};

/** Numbers JSON can write but the format cannot keep: 1e400 (Infinity), -0, huge integers. */
const oddNumbers: Mutation = (data, random) => {
  const candidates = slots(data).filter((slot) => typeof slot.parent[slot.key] === "number");
  if (candidates.length === 0) return null;
  const slot = random.pick(candidates);
  const marker = `"__num_${random.int(0, 1e9)}__"`;
  slot.parent[slot.key] = JSON.parse(marker);
  const value = random.pick(["1e400", "-1e400", "-0", "123456789012345678901234567890", "1e-400"]);
  return { input: JSON.stringify(data).replace(marker, value), expect: "either" };
};

const MUTATIONS: Record<string, Mutation> = {
  removeField,
  wrongType,
  brokenReference,
  cycle,
  duplicateId,
  hugeString,
  deepNesting,
  protoId,
  protoKey,
  invalidUtf8,
  truncated,
  removeItems,
  oddNumbers,
};

const made = new Map<string, Variation[]>();

/** The variations of one kind (made once: several tests read them). */
function variations(kind: string): Variation[] {
  let list = made.get(kind);
  if (!list) {
    list = makeVariations(kind);
    made.set(kind, list);
  }
  return list;
}

function makeVariations(kind: string): Variation[] {
  const mutate = MUTATIONS[kind]!;
  const random = createRandom(SEED, kind);
  const out: Variation[] = [];
  for (let attempt = 0; out.length < PER_KIND && attempt < PER_KIND * 5; attempt++) {
    const base = random.pick(BASES);
    const variation = mutate(copy(base.data), random);
    if (variation) out.push({ ...variation, name: `${kind} #${out.length} of ${base.name} (seed ${SEED})` });
  }
  return out;
}

// ---------------------------------------------------------------------------
// What every variation must satisfy

const CODES = new Set<string>(FORMAT_ISSUE_CODES);

/** Problems with a load result, as readable lines; empty when it is as it must be. */
function verdict(variation: Variation, result: LoadResult): string[] {
  const problems: string[] = [];
  if (({} as Loose).polluted !== undefined || (Object.prototype as Loose).polluted !== undefined)
    problems.push("Object.prototype was polluted");
  if (result.ok) {
    if (variation.expect === "reject") problems.push("accepted, but it breaks the format");
    // Accepted because it is valid: what was read writes back and reads again the same,
    // and the diagnostics run over it.
    const again = loadDocument(serializeDocument(result.document));
    if (!again.ok)
      problems.push(`accepted, but its own export is refused: ${JSON.stringify(again.issues[0])}`);
    else if (again.document.nodes.size !== result.document.nodes.size) problems.push("export lost nodes");
    for (const structureId of result.document.structures.keys()) diagnose(result.document, structureId);
    return problems;
  }
  if (variation.expect === "accept")
    problems.push(`rejected, but it is valid: ${JSON.stringify(result.issues.slice(0, 2))}`);
  if (result.issues.length === 0) problems.push("rejected without a reason");
  for (const item of result.issues) {
    if (item.code === "internal_error") problems.push(`the loader threw: ${JSON.stringify(item.params)}`);
    if (!CODES.has(item.code)) problems.push(`unknown issue code ${item.code}`);
    for (const language of ["en", "id"] as const) {
      const sentence = describeIssue(item, language);
      if (sentence.trim().length === 0) problems.push(`empty message for ${item.code}`);
      // A message quotes a short piece of the file, never a huge string from it.
      if (sentence.length > 600) problems.push(`a ${sentence.length}-character message for ${item.code}`);
    }
  }
  return problems;
}

function check(list: readonly Variation[]): string[] {
  const failures: string[] = [];
  for (const variation of list) {
    let result: LoadResult;
    try {
      result = loadDocument(variation.input);
    } catch (error) {
      failures.push(`${variation.name}: threw ${String(error)}`);
      continue;
    }
    for (const problem of verdict(variation, result)) failures.push(`${variation.name}: ${problem}`);
  }
  return failures;
}

describe("hostile and broken files", () => {
  const kinds = Object.keys(MUTATIONS);

  it("makes at least 1,000 variations", { timeout: 60_000 }, () => {
    const total = kinds.reduce((sum, kind) => sum + variations(kind).length, 0);
    expect(total).toBeGreaterThanOrEqual(1000);
  });

  for (const kind of kinds) {
    it(`${kind}: rejected with a message or accepted because valid, never a throw`, {
      timeout: 120_000,
    }, () => {
      const list = variations(kind);
      expect(list.length).toBe(PER_KIND);
      expect(check(list)).toEqual([]);
    });
  }

  it("a 60 MB file is refused as too large, as bytes and as text", { timeout: 120_000 }, () => {
    const valid = JSON.stringify(BASES[0]!.data);
    const padding = 60 * 1024 * 1024 - valid.length;
    const bytes = new Uint8Array(valid.length + padding);
    bytes.set(new TextEncoder().encode(valid), 0);
    bytes.fill(0x20, valid.length);
    for (const input of [bytes, new TextDecoder().decode(bytes)]) {
      const result = loadDocument(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.map((item) => item.code)).toEqual(["too_large"]);
    }
  });

  it("a 20,000-deep chain of boxes is valid and loads", { timeout: 60_000 }, () => {
    const data = copy(BASES[1]!.data);
    const chain = [{ id: "g0", kind: "goal", parentId: null, name: "Tujuan 0" }];
    for (let i = 1; i < 20_000; i++)
      chain.push({ id: `g${i}`, kind: "output", parentId: `g${i - 1}`, name: `Keluaran ${i}` } as Loose);
    data.nodes.push(...chain);
    const result = loadDocument(JSON.stringify(data));
    expect(result.ok).toBe(true);
  });
});

// ---------------------------------------------------------------------------
// The app's import: after a rejection the open and stored documents are unchanged.

function memoryRepository(): DocumentRepository & { writes: number; rows: Map<string, string> } {
  const rows = new Map<string, string>();
  const settings = new Map<string, unknown>();
  let next = 0;
  const repository = {
    writes: 0,
    rows,
    async list() {
      return [...rows.keys()].map((id) => ({ id, title: id, createdAt: "", updatedAt: "", nodeCount: 0 }));
    },
    async load(id: string) {
      const json = rows.get(id);
      return json === undefined ? undefined : loadDocument(json);
    },
    async save(id: string, doc: PlanDocument) {
      repository.writes++;
      rows.set(id, serializeDocument(doc));
    },
    async create(doc: PlanDocument) {
      const id = `doc-${++next}`;
      await repository.save(id, doc);
      return id;
    },
    async remove(id: string) {
      rows.delete(id);
    },
    async getSetting<T>(key: string) {
      return settings.get(key) as T | undefined;
    },
    async setSetting(key: string, value: unknown) {
      settings.set(key, value);
    },
    knownRevision: () => 0,
    adopt: async () => 0,
    storedText: async () => undefined,
    rescue() {},
    recoverRescued: async () => ({ recovered: [], failures: [] }),
  };
  return repository;
}

describe("importing hostile files in the app", () => {
  it("a rejected file changes neither the open document nor the stored ones", {
    timeout: 300_000,
  }, async () => {
    const store = createAppStore({ language: "id" });
    const repository = memoryRepository();
    const commands = createCommands({ store, repository, autosaver: null });
    const opened = loadDocument(JSON.stringify(BASES[1]!.data));
    if (!opened.ok) throw new Error("fixture does not load");
    await commands.openLoaded(await repository.create(opened.document), opened.document);

    const failures: string[] = [];
    // Every third variation of every kind: a few hundred imports through the app's command.
    const list = Object.keys(MUTATIONS).flatMap((kind) => variations(kind).filter((_, i) => i % 3 === 0));
    for (const variation of list) {
      const before = {
        doc: store.getState().doc,
        id: store.getState().documentId,
        rows: new Map(repository.rows),
      };
      const messages = store.getState().messages.length;
      const part = typeof variation.input === "string" ? variation.input : new Uint8Array(variation.input);
      await commands.importFile(new File([part], "hostile.json", { type: "application/json" }));
      const after = store.getState();
      const accepted = after.documentId !== before.id;
      const message = after.messages.at(-1);
      if (accepted) {
        // An accepted file is a new document; the ones stored before are as they were.
        for (const [id, json] of before.rows)
          if (repository.rows.get(id) !== json) failures.push(`${variation.name}: stored ${id} changed`);
        if (message?.tone !== "success") failures.push(`${variation.name}: accepted without saying so`);
        continue;
      }
      if (after.doc !== before.doc) failures.push(`${variation.name}: the open document changed`);
      if (repository.rows.size !== before.rows.size)
        failures.push(`${variation.name}: a document was stored`);
      for (const [id, json] of before.rows)
        if (repository.rows.get(id) !== json) failures.push(`${variation.name}: stored ${id} changed`);
      if (after.messages.length !== messages + 1 || message?.tone !== "error")
        failures.push(`${variation.name}: rejected without an error message`);
      else if (!message.text.includes("hostile.json") || (message.details ?? []).length === 0)
        failures.push(`${variation.name}: the message names neither the file nor the problems`);
    }
    expect(list.length).toBeGreaterThan(300);
    expect(failures).toEqual([]);
  });
});
