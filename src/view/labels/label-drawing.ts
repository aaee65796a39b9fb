// Place labels with a pale halo, chosen before each frame so that none overlap (important places first).
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import {
  type CandidateSource,
  type LabelFont,
  labelCandidates,
  labelFont,
  textWidths,
} from "./label-candidates";
import { type Box, chooseLabels, labelBox, textOrigin } from "./label-placement";

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & {
  key?: string;
};

function paint(context: CanvasRenderingContext2D, label: string, box: Box, font: LabelFont): void {
  const { x, y } = textOrigin(box, font.size);
  context.font = font.css;
  context.lineJoin = "round";
  context.lineWidth = 3.5;
  context.strokeStyle = "rgba(255, 255, 255, 0.92)";
  context.strokeText(label, x, y);
  context.fillStyle = "#1d2b3a";
  context.fillText(label, x, y);
}

/** Sigma's hover drawer, and the place labels drawn after each frame (sigma's own label pass is off). */
export function labelDrawers(source: CandidateSource) {
  let width: ReturnType<typeof textWidths> | null = null;
  let placed = new Map<string, Box>();
  const drawHover = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings) => {
    context.beginPath();
    context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
    context.lineWidth = 2;
    context.strokeStyle = "#1d2b3a";
    context.stroke();
    if (!data.label) return;
    const font = labelFont(data.forceLabel, settings);
    context.font = font.css;
    const textWidth = context.measureText(data.label).width;
    paint(context, data.label, labelBox(data, textWidth, font.size), font);
  };
  /** Chooses the labels that do not overlap, most important first, and paints them. */
  const drawLabels = (renderer: Sigma) => {
    const context = renderer.getCanvases().labels?.getContext("2d");
    if (!context) return;
    width ??= textWidths(context);
    const settings = renderer.getSettings();
    placed = chooseLabels(labelCandidates(renderer, source, width), source.taken());
    for (const [id, box] of placed) {
      const data = renderer.getNodeDisplayData(id);
      if (data?.label) paint(context, data.label, box, labelFont(data.forceLabel, settings));
    }
  };
  /** The places whose labels the last frame drew, and where. */
  const placedLabels = () => [...placed].map(([id, box]) => ({ id, box }));
  return { drawHover, drawLabels, placedLabels };
}
