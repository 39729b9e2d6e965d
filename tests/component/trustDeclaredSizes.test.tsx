// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import {
  type InternalNode,
  type Node,
  ReactFlowProvider,
  type ReactFlowState,
  useStoreApi,
} from "@xyflow/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { declaredHandles } from "../../src/canvas/handles";
import { measuringLearnsNothing, useTrustDeclaredSizes } from "../../src/canvas/trustDeclaredSizes";

type Store = ReturnType<typeof useStoreApi>;

/** Stands in for React Flow's measuring (recording what it is asked to measure), then applies the hook. */
function Probe({ seen, measured }: { seen: (store: Store) => void; measured: string[][] }) {
  const api = useStoreApi();
  useState(() => {
    api.setState({
      updateNodeInternals: ((updates) =>
        measured.push([...updates.keys()])) as ReactFlowState["updateNodeInternals"],
    });
    seen(api);
    return null;
  });
  useTrustDeclaredSizes();
  return null;
}

/** A React Flow store with the hook applied, and what reached its own measuring. */
function trustingStore(): { store: Store; measured: string[][] } {
  const measured: string[][] = [];
  let store: Store | null = null;
  render(
    <ReactFlowProvider>
      <Probe seen={(api) => (store = api)} measured={measured} />
    </ReactFlowProvider>,
  );
  if (!store) throw new Error("the probe did not render");
  return { store, measured };
}

function internal(overrides: Partial<InternalNode<Node>> = {}): InternalNode<Node> {
  const handles = declaredHandles(280, 121);
  return {
    id: "a",
    position: { x: 0, y: 0 },
    data: {},
    width: 280,
    height: 121,
    handles,
    measured: { width: 280, height: 121 },
    internals: {
      positionAbsolute: { x: 0, y: 0 },
      z: 0,
      userNode: { id: "a", position: { x: 0, y: 0 }, data: {} },
      handleBounds: { source: [], target: [] },
    },
    ...overrides,
  } as InternalNode<Node>;
}

function element(width: number, height: number): HTMLDivElement {
  const div = document.createElement("div");
  Object.defineProperty(div, "offsetWidth", { value: width });
  Object.defineProperty(div, "offsetHeight", { value: height });
  return div;
}

describe("trusting declared card sizes", () => {
  afterEach(cleanup);

  it("learns nothing from a card at its declared size with declared handles", () => {
    expect(measuringLearnsNothing(internal(), element(280, 121))).toBe(true);
  });

  it("measures a card whose element has another size, no declared handles, or is hidden", () => {
    expect(measuringLearnsNothing(internal(), element(280, 140))).toBe(false);
    expect(measuringLearnsNothing(internal({ handles: undefined }), element(280, 121))).toBe(false);
    expect(measuringLearnsNothing(internal({ hidden: true }), element(280, 121))).toBe(false);
    expect(measuringLearnsNothing(undefined, element(280, 121))).toBe(false);
  });

  it("passes over the cards that need no measuring and hands React Flow the rest", () => {
    const { store, measured } = trustingStore();
    const plain = internal();
    const unsized = { ...internal(), id: "b", handles: undefined };
    store.setState({
      nodeLookup: new Map([
        ["a", plain],
        ["b", unsized],
      ]) as ReactFlowState["nodeLookup"],
    });
    const update = (id: string, width: number) => ({ id, nodeElement: element(width, 121), force: true });
    store.getState().updateNodeInternals(new Map([["a", update("a", 280)]]));
    expect(measured).toEqual([]);
    store.getState().updateNodeInternals(
      new Map([
        ["a", update("a", 280)],
        ["b", update("b", 280)],
      ]),
    );
    store.getState().updateNodeInternals(new Map([["a", update("a", 300)]]));
    expect(measured).toEqual([["b"], ["a"]]);
  });

  it("measures everything while a fit of the view waits for a measurement", () => {
    const { store, measured } = trustingStore();
    store.setState({
      nodeLookup: new Map([["a", internal()]]) as ReactFlowState["nodeLookup"],
      fitViewQueued: true,
    });
    store
      .getState()
      .updateNodeInternals(new Map([["a", { id: "a", nodeElement: element(280, 121), force: true }]]));
    expect(measured).toEqual([["a"]]);
  });
});
