import { ControlButton, Controls, type FitViewOptions } from "@xyflow/react";
import { useT } from "../store/useT";
import { DotGrid } from "./backdrop/DotGrid";
import { capturePanPress } from "./panCapture";
import { ZOOM_RANGE } from "./zoomLevels";

// What every Selaras canvas shares: the zoom range (far enough out to see a
// national plan whole), no zoom on double click (it is for editing), and the
// same background grid and controls, and a pan's press captured by the pane
// (panCapture.ts).

export const FLOW_DEFAULTS = {
  ...ZOOM_RANGE,
  zoomOnDoubleClick: false,
  proOptions: { hideAttribution: true },
  // A canvas that needs a pointerdown of its own calls capturePanPress from it.
  onPointerDown: capturePanPress,
} as const;

/**
 * How the fit button fits: React Flow's fitView over the nodes it holds, or the
 * canvas's own fit where React Flow holds only part of the picture (the tree).
 */
export type CanvasFit = { readonly fitViewOptions: FitViewOptions } | { readonly onFit: () => void };

export function CanvasChrome(fit: CanvasFit) {
  return (
    <>
      <DotGrid />
      {"onFit" in fit ? (
        <Controls showInteractive={false} showFitView={false} position="bottom-left">
          <OwnFitButton onFit={fit.onFit} />
        </Controls>
      ) : (
        <Controls showInteractive={false} position="bottom-left" fitViewOptions={fit.fitViewOptions} />
      )}
    </>
  );
}

/** React Flow's fit button, look and label alike, calling the canvas's own fit. */
function OwnFitButton({ onFit }: { onFit: () => void }) {
  const t = useT();
  return (
    <ControlButton
      className="react-flow__controls-fitview"
      onClick={onFit}
      title={t("flow.fitView")}
      aria-label={t("flow.fitView")}
    >
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
        <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
      </svg>
    </ControlButton>
  );
}
