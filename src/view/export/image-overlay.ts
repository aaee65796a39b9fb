// What the PNG adds over the map: a title box (trip and route summary), the legend, a scale bar, the credit.
import type { LegendSample, LegendSection } from "../legend/legend-entries";
import type { ScaleLength } from "../map/scale-length";

export interface ImageOverlay {
  title: string;
  summary: string;
  legend: LegendSection[];
  scale: ScaleLength & { text: string };
  credit: string;
}

/** Opaque boxes, so that what the export draws is told apart from the map. */
const PANEL_COLOUR = "#ffffff";
const INK = "#1f2328";
const FONT = "system-ui, sans-serif";
const MARGIN = 12;
const PAD = 8;
const LINE = 16;
const SAMPLE = 18;

type Context = CanvasRenderingContext2D;

/** Draws in CSS pixels: the context is already scaled to the image's pixel ratio. */
export function drawOverlay(
  context: Context,
  width: number,
  height: number,
  overlay: ImageOverlay,
) {
  context.textBaseline = "middle";
  drawTitle(context, overlay);
  drawLegend(context, overlay.legend, height, Math.min(380, width / 2));
  drawScaleAndCredit(context, overlay, width, height);
}

function panel(context: Context, x: number, y: number, w: number, h: number): void {
  context.fillStyle = PANEL_COLOUR;
  context.strokeStyle = "#c9cdd2";
  context.fillRect(x, y, w, h);
  context.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
}

function text(context: Context, words: string, x: number, y: number, size: number, bold = false) {
  context.font = `${bold ? "600 " : ""}${size}px ${FONT}`;
  context.fillStyle = INK;
  context.fillText(words, x, y);
}

function drawTitle(context: Context, { title, summary }: ImageOverlay): void {
  context.font = `600 18px ${FONT}`;
  const titleWidth = context.measureText(title).width;
  context.font = `13px ${FONT}`;
  const width = Math.max(titleWidth, context.measureText(summary).width) + 2 * PAD;
  panel(context, MARGIN, MARGIN, width, 2 * LINE + 2 * PAD + 4);
  text(context, title, MARGIN + PAD, MARGIN + PAD + LINE / 2 + 1, 18, true);
  text(context, summary, MARGIN + PAD, MARGIN + PAD + LINE * 1.5 + 4, 13);
}

/** Each section: its title, then its items side by side, wrapped to `maxWidth`. */
function legendLines(context: Context, sections: LegendSection[], maxWidth: number) {
  context.font = `11px ${FONT}`;
  const lines: { title?: string; items: { sample: LegendSample; label: string; x: number }[] }[] =
    [];
  for (const section of sections) {
    lines.push({ title: section.title, items: [] });
    let x = maxWidth;
    for (const item of section.items) {
      const width = sampleWidth(item.sample) + 4 + context.measureText(item.label).width + 10;
      if (x + width > maxWidth) lines.push({ items: [] });
      x = x + width > maxWidth ? 0 : x;
      lines.at(-1)?.items.push({ ...item, x });
      x += width;
    }
  }
  return lines;
}

function drawLegend(context: Context, sections: LegendSection[], height: number, maxWidth: number) {
  const lines = legendLines(context, sections, maxWidth - 2 * PAD);
  const boxHeight = lines.length * LINE + 2 * PAD;
  const top = height - MARGIN - boxHeight;
  panel(context, MARGIN, top, maxWidth, boxHeight);
  lines.forEach((line, row) => {
    const y = top + PAD + row * LINE + LINE / 2;
    if (line.title) text(context, line.title, MARGIN + PAD, y, 11, true);
    for (const { sample, label, x } of line.items) {
      const left = MARGIN + PAD + x;
      drawSample(context, sample, left, y);
      text(context, label, left + sampleWidth(sample) + 4, y, 11);
    }
  });
}

const sampleWidth = (sample: LegendSample) =>
  sample.kind === "dot" ? 2 * sample.size : SAMPLE * sample.colours.length;

function drawSample(context: Context, sample: LegendSample, x: number, y: number): void {
  if (sample.kind === "dot") {
    context.fillStyle = sample.colour;
    context.beginPath();
    context.arc(x + sample.size, y, sample.size, 0, 2 * Math.PI);
    context.fill();
    return;
  }
  context.save();
  context.globalAlpha = sample.opacity;
  context.lineWidth = Math.max(1, sample.size);
  context.setLineDash(sample.dash[0] === 0 ? [] : sample.dash);
  sample.colours.forEach((colour, at) => {
    context.strokeStyle = colour;
    context.beginPath();
    context.moveTo(x + at * SAMPLE, y);
    context.lineTo(x + (at + 1) * SAMPLE - 2, y);
    context.stroke();
  });
  context.restore();
}

function drawScaleAndCredit(
  context: Context,
  overlay: ImageOverlay,
  width: number,
  height: number,
) {
  context.font = `11px ${FONT}`;
  const { scale, credit } = overlay;
  const textWidth = Math.max(
    context.measureText(credit).width,
    scale.pixels + 8 + context.measureText(scale.text).width,
  );
  const boxWidth = textWidth + 2 * PAD;
  const left = width - MARGIN - boxWidth;
  const top = height - MARGIN - 2 * LINE - 2 * PAD;
  panel(context, left, top, boxWidth, 2 * LINE + 2 * PAD);
  const barY = top + PAD + LINE / 2;
  context.fillStyle = INK;
  context.fillRect(left + PAD, barY - 1, scale.pixels, 3);
  text(context, scale.text, left + PAD + scale.pixels + 8, barY, 11);
  text(context, credit, left + PAD, barY + LINE, 11);
}
