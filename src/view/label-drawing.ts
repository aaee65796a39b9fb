// Place labels with a pale halo, chosen before each frame so that none overlap (important places first).
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import { type CandidateSource, labelCandidates, labelFont, textWidths } from "./label-candidates";
import { chooseLabels, LABEL_GAP } from "./label-placement";

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & {
  key?: string;
};

function paint(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  const { size, css } = labelFont(data.forceLabel, settings);
  const x = data.x + data.size + LABEL_GAP;
  const y = data.y + size / 3;
  context.font = css;
  context.lineJoin = "round";
  context.lineWidth = 3.5;
  context.strokeStyle = "rgba(255, 255, 255, 0.92)";
  context.strokeText(data.label ?? "", x, y);
  context.fillStyle = "#1d2b3a";
  context.fillText(data.label ?? "", x, y);
}

/** Sigma's hover drawer, and the place labels drawn after each frame (sigma's own label pass is off). */
export function labelDrawers(source: CandidateSource) {
  let width: ReturnType<typeof textWidths> | null = null;
  const drawHover = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings) => {
    context.beginPath();
    context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
    context.lineWidth = 2;
    context.strokeStyle = "#1d2b3a";
    context.stroke();
    if (data.label) paint(context, data, settings);
  };
  /** Chooses the labels that do not overlap, most important first, and paints them. */
  const drawLabels = (renderer: Sigma) => {
    const context = renderer.getCanvases().labels?.getContext("2d");
    if (!context) return;
    width ??= textWidths(context);
    const settings = renderer.getSettings();
    for (const id of chooseLabels(labelCandidates(renderer, source, width))) {
      const data = renderer.getNodeDisplayData(id);
      if (!data) continue;
      const point = renderer.framedGraphToViewport(data);
      paint(context, { ...data, ...point, size: renderer.scaleSize(data.size) }, settings);
    }
  };
  return { drawHover, drawLabels };
}
