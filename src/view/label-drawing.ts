// Place labels with a pale halo, chosen before each frame so that none overlap (important places first).
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import { chooseLabels, LABEL_GAP, type LabelCandidate, labelBox } from "./label-placement";

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & {
  key?: string;
};

/** Places drawn smaller than this on screen (junctions at the first zoom) get no label. */
const MIN_LABELLED_SIZE = 4;

const font = (forced: boolean | undefined, settings: Settings) => {
  const size = forced ? settings.labelSize + 1 : settings.labelSize;
  const weight = forced ? "700" : settings.labelWeight;
  return { size, css: `${weight} ${size}px ${settings.labelFont}` };
};

function paint(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  const { size, css } = font(data.forceLabel, settings);
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

/** Sigma's label and hover drawers, and the choice of labels to run before each frame. */
export function labelDrawers(renderer: () => Sigma | null) {
  let chosen = new Set<string>();
  let stale = true;
  const drawLabel = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings) => {
    // Chosen at the frame's first label: sigma has placed the places by then (not yet at beforeRender).
    const sigma = renderer();
    if (stale && sigma) {
      chosen = chooseLabels(labelCandidates(sigma));
      stale = false;
    }
    if (data.label && data.key !== undefined && chosen.has(data.key))
      paint(context, data, settings);
  };
  const drawHover = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings) => {
    context.beginPath();
    context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
    context.lineWidth = 2;
    context.strokeStyle = "#1d2b3a";
    context.stroke();
    if (data.label) paint(context, data, settings);
  };
  /** To call before each frame. */
  const forget = () => {
    stale = true;
  };
  return { drawLabel, drawHover, forget };
}

function labelCandidates(renderer: Sigma): LabelCandidate[] {
  const context = renderer.getCanvases().labels?.getContext("2d");
  if (!context) return [];
  const settings = renderer.getSettings();
  const { width, height } = renderer.getDimensions();
  const candidates: LabelCandidate[] = [];
  renderer.getGraph().forEachNode((id) => {
    const data = renderer.getNodeDisplayData(id);
    if (!data?.label || data.hidden) return;
    const size = renderer.scaleSize(data.size);
    if (!data.forceLabel && size < MIN_LABELLED_SIZE) return;
    const point = renderer.framedGraphToViewport(data);
    if (point.x < -200 || point.y < -50 || point.x > width + 50 || point.y > height + 50) return;
    const text = font(data.forceLabel, settings);
    context.font = text.css;
    const box = labelBox({ ...point, size }, context.measureText(data.label).width, text.size);
    candidates.push({ id, box, priority: (data.forceLabel ? 1000 : 0) + (data.zIndex ?? 0) });
  });
  return candidates;
}
