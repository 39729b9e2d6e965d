import type { ReactNode } from "react";
import { TreeCanvas } from "../canvas/TreeCanvas";
import type { MessageKey } from "../i18n/en";
import type { ViewId } from "../store/appStore";

// The views of a document, in tab order. A view is listed here once it works;
// the top bar draws a tab for each, and the workspace shows the active one.

export interface ViewDefinition {
  readonly id: ViewId;
  readonly label: MessageKey;
  readonly render: () => ReactNode;
}

export const VIEWS: readonly ViewDefinition[] = [
  { id: "tree", label: "views.tree", render: () => <TreeCanvas /> },
];
