import { Background, Controls, type FitViewOptions } from "@xyflow/react";

// What every Selaras canvas shares: the zoom range (far enough out to see a
// national plan whole), no zoom on double click (it is for editing), and the
// same background grid and controls.

export const FLOW_DEFAULTS = {
  minZoom: 0.05,
  maxZoom: 2,
  zoomOnDoubleClick: false,
  proOptions: { hideAttribution: true },
} as const;

export function CanvasChrome({ fitViewOptions }: { fitViewOptions: FitViewOptions }) {
  return (
    <>
      <Background gap={24} size={1} color="#d6dce4" />
      <Controls showInteractive={false} position="bottom-left" fitViewOptions={fitViewOptions} />
    </>
  );
}
