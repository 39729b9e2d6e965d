import type { ReactNode } from "react";
import type { MessageKey } from "../i18n/en";
import type { ViewId } from "../store/appStore";
import { TreeView } from "./editing/TreeView";
import { lazyNamed } from "./lazyNamed";

// The tree opens first; the other views load with their own chunks when first shown.
const StrategyMapView = lazyNamed(() => import("./editing/StrategyMapView"), "StrategyMapView");
const StructureView = lazyNamed(() => import("./structure/StructureView"), "StructureView");
const AlignmentView = lazyNamed(() => import("./structure/AlignmentView"), "AlignmentView");
const CompareView = lazyNamed(() => import("./structure/CompareView"), "CompareView");

// The views of a document, in tab order. A view is listed here once it works;
// the top bar draws a tab for each, and the workspace shows the active one.

export interface ViewDefinition {
  readonly id: ViewId;
  readonly label: MessageKey;
  readonly render: () => ReactNode;
}

export const VIEWS: readonly ViewDefinition[] = [
  {
    id: "tree",
    label: "views.tree",
    render: () => <TreeView />,
  },
  { id: "map", label: "views.map", render: () => <StrategyMapView /> },
  { id: "structure", label: "views.structure", render: () => <StructureView /> },
  { id: "alignment", label: "views.alignment", render: () => <AlignmentView /> },
  { id: "compare", label: "views.compare", render: () => <CompareView /> },
];
