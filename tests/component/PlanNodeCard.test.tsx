// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { type NodeProps, ReactFlowProvider, useStoreApi } from "@xyflow/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { PlanNodeCard } from "../../src/canvas/PlanNodeCard";
import type { PlanFlowNode } from "../../src/canvas/treeFlow";
import { OverviewTakesOver } from "../../src/canvas/zoomLevels";
import { createAppStore } from "../../src/store/appStore";
import { StoreProvider } from "../../src/store/context";
import { docWith, node } from "../helpers/build";

type FlowStore = ReturnType<typeof useStoreApi>;

/** Sets the flow's zoom before the card first renders, and hands the flow's store out. */
function AtZoom({ zoom, seen }: { zoom: number; seen: (store: FlowStore) => void }) {
  const store = useStoreApi();
  useState(() => {
    store.setState({ transform: [0, 0, zoom] });
    seen(store);
    return null;
  });
  return null;
}

const props = {
  id: "p",
  width: 280,
  height: 121,
  data: { kind: "program" },
} as unknown as NodeProps<PlanFlowNode>;

/** The program card "P1", mounted at `zoom` in a tree the overview draws far out. */
function mountCard(zoom: number, selected = false): FlowStore {
  const app = createAppStore({ language: "en" });
  app
    .getState()
    .openDocument(
      "d1",
      docWith([
        node("g", null, "goal", { name: "Meningkatnya kesejahteraan sosial", code: "T1" }),
        node("p", "g", "program", { name: "Program Perlindungan Sosial", code: "P1" }),
      ]),
    );
  if (selected) app.getState().selectNodes(["p"]);
  let flow: FlowStore | null = null;
  render(
    <StoreProvider store={app}>
      <ReactFlowProvider>
        <AtZoom zoom={zoom} seen={(store) => (flow = store)} />
        <OverviewTakesOver.Provider value={true}>
          <PlanNodeCard {...props} />
        </OverviewTakesOver.Provider>
      </ReactFlowProvider>
    </StoreProvider>,
  );
  if (!flow) throw new Error("no flow store");
  return flow;
}

describe("a card in a tree the overview draws far out", () => {
  afterEach(cleanup);

  it("mounted at a readable zoom, draws the full card", () => {
    mountCard(0.8);
    expect(screen.getByText("Program Perlindungan Sosial")).toBeTruthy();
  });

  it("mounted while the overview draws (it is on its way out), draws nothing, and draws itself if the zoom comes back", () => {
    const flow = mountCard(0.3);
    expect(screen.queryByText("Program Perlindungan Sosial")).toBeNull();
    expect(document.querySelector(".plan-card")).toBeNull();
    act(() => flow.setState({ transform: [0, 0, 0.8] }));
    expect(screen.getByText("Program Perlindungan Sosial")).toBeTruthy();
  });

  it("selected, stays out there as a simple card", () => {
    mountCard(0.3, true);
    expect(document.querySelector(".plan-card.is-simple")).not.toBeNull();
  });
});
