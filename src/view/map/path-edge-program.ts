// A sigma edge program that draws each link along its line (see display-lines), with the dashed
// program's widths, dashes and colours. The lines' points sit in a float texture read by the vertex
// shader, so the graph keeps one edge per link and no waypoint nodes: sigma indexes, picks and
// orders the links as before, and hovering or clicking anywhere on the line finds its link.
// Each link is one instance of as many quads as the longest line has pieces; a shorter line's extra
// quads collapse off-screen. Joints are mitred so that pieces neither overlap nor gap.

import { EdgeProgram, type ProgramInfo } from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";
import {
  FLOAT,
  LINK_COLOUR,
  LINK_DECLARATIONS,
  linkProgramDefinition,
  setLinkUniforms,
  UNIFORMS,
} from "./dashed-edge-program";
import { type DisplayLines, POINT_FLOATS } from "./display-lines";

/** Texels per row of the points' texture (WebGL 2 guarantees 2048). */
const TEXTURE_WIDTH = 2048;
/** A mitre reaches at most this many half-widths from its point (sharper turns are cut). */
const MITRE_LIMIT = 4;

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute float a_start;
attribute float a_count;
attribute float a_thickness;
attribute vec2 a_dash;
attribute float a_piece;
attribute float a_end;
attribute float a_side;

uniform sampler2D u_points;
uniform vec2 u_pointsSize;
uniform vec3 u_framing;
${LINK_DECLARATIONS}

vec3 pointAt(float index) {
  float row = floor(index / u_pointsSize.x);
  float column = index - row * u_pointsSize.x;
  vec4 texel = texture2D(u_points, (vec2(column, row) + 0.5) / u_pointsSize);
  // Graph space to sigma's framed space ([0, 1] over the places' extent):
  return vec3(0.5 + (texel.xy - u_framing.xy) / u_framing.z, texel.z / u_framing.z);
}

vec2 normalOf(vec2 from, vec2 to) {
  vec2 along = normalize(to - from);
  return vec2(-along.y, along.x);
}

void main() {
  float last = a_count - 1.0;
  if (a_piece >= last) {
    gl_Position = vec4(2.0, 2.0, 0.0, 1.0);
    return;
  }
  float index = a_piece + a_end;
  vec3 here = pointAt(a_start + index);
  vec2 pieceStart = pointAt(a_start + a_piece).xy;
  vec2 pieceEnd = pointAt(a_start + a_piece + 1.0).xy;
  vec2 normal = normalOf(pieceStart, pieceEnd);
  vec2 offset = normal;
  if (index > 0.0 && index < last) {
    vec2 before = normalOf(pointAt(a_start + index - 1.0).xy, here.xy);
    vec2 after = normalOf(here.xy, pointAt(a_start + index + 1.0).xy);
    vec2 sum = before + after;
    if (length(sum) > 0.001) {
      vec2 mitre = normalize(sum);
      offset = mitre / max(dot(mitre, before), 1.0 / ${MITRE_LIMIT.toFixed(1)});
    }
  }
  float pixelsThickness = max(a_thickness, u_minEdgeThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;
  gl_Position = vec4((u_matrix * vec3(here.xy + offset * a_side * webGLThickness, 1)).xy, 0, 1);
  v_thickness = webGLThickness / u_zoomRatio;
  v_normal = vec2(a_side, 0.0);
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;

  // Distance from the line's start, in screen pixels, for the dash pattern:
  float pixelsPerUnit = length((u_matrix * vec3(1.0, 0.0, 0.0)).xy * u_resolution * 0.5);
  v_along = here.z * pixelsPerUnit;
  v_dash = a_dash;
  ${LINK_COLOUR}
}
`;

const PATH_UNIFORMS = [...UNIFORMS, "u_points", "u_pointsSize", "u_framing"] as const;
type Uniform = (typeof PATH_UNIFORMS)[number];

/** What the link reducer puts on a link that has a line (see map-reducers). */
export interface PathData {
  size: number;
  color: string;
  dash?: [number, number];
  /** Absent on a link without a line: nothing is drawn. */
  lineStart?: number;
  linePoints?: number;
}

/** The program class for one network's lines (sigma builds it with the map's WebGL context). */
export function pathEdgeProgram(lines: DisplayLines) {
  const pieces = Math.max(1, lines.longest - 1);
  const corners = Array.from({ length: pieces }, (_, piece) => [
    [piece, 0, 1],
    [piece, 0, -1],
    [piece, 1, 1],
    [piece, 1, 1],
    [piece, 0, -1],
    [piece, 1, -1],
  ]).flat();
  return class PathEdgeProgram extends EdgeProgram<Uniform> {
    readonly #texture = pointsTexture(this.normalProgram.gl, lines.points);

    getDefinition() {
      const own = ["a_start", "a_count", "a_thickness"].map((name) => ({
        name,
        size: 1,
        type: FLOAT,
      }));
      const constant = ["a_piece", "a_end", "a_side"].map((name) => ({
        name,
        size: 1,
        type: FLOAT,
      }));
      return linkProgramDefinition(VERTEX_SHADER, [...PATH_UNIFORMS], own, {
        CONSTANT_ATTRIBUTES: constant,
        CONSTANT_DATA: corners,
      });
    }

    processVisibleItem(
      edgeIndex: number,
      startIndex: number,
      _source: unknown,
      _target: unknown,
      data: PathData,
    ): void {
      const [dash, gap] = data.dash ?? [0, 0];
      const values = [data.lineStart ?? 0, data.linePoints ?? 0, data.size || 1, dash, gap];
      values.push(floatColor(data.color), edgeIndex);
      this.array.set(values, startIndex);
    }

    setUniforms(params: RenderParams, program: ProgramInfo<Uniform>): void {
      const { gl, uniformLocations: u } = program;
      setLinkUniforms(params, program);
      gl.activeTexture(gl.TEXTURE0);
      gl.bindTexture(gl.TEXTURE_2D, this.#texture.texture);
      gl.uniform1i(u.u_points, 0);
      gl.uniform2f(u.u_pointsSize, TEXTURE_WIDTH, this.#texture.rows);
      const { x, y } = this.renderer.getCustomBBox() ?? this.renderer.getBBox();
      // As sigma frames the graph (its normalisation): centred, the larger side scaled to 1.
      const ratio = Math.max(x[1] - x[0], y[1] - y[0]) || 1;
      gl.uniform3f(u.u_framing, (x[0] + x[1]) / 2, (y[0] + y[1]) / 2, ratio);
    }

    override kill(): void {
      this.normalProgram.gl.deleteTexture(this.#texture.texture);
      super.kill();
    }
  };
}

/** The points as an RGBA float texture, TEXTURE_WIDTH texels a row. */
function pointsTexture(gl: WebGLRenderingContext | WebGL2RenderingContext, points: Float32Array) {
  const count = points.length / POINT_FLOATS;
  const rows = Math.max(1, Math.ceil(count / TEXTURE_WIDTH));
  const texels = new Float32Array(TEXTURE_WIDTH * rows * POINT_FLOATS);
  texels.set(points);
  const texture = gl.createTexture();
  gl.bindTexture(gl.TEXTURE_2D, texture);
  const webgl2 = gl instanceof WebGL2RenderingContext;
  if (!webgl2) gl.getExtension("OES_texture_float");
  const internal = webgl2 ? gl.RGBA32F : gl.RGBA;
  gl.texImage2D(gl.TEXTURE_2D, 0, internal, TEXTURE_WIDTH, rows, 0, gl.RGBA, gl.FLOAT, texels);
  for (const parameter of [gl.TEXTURE_MIN_FILTER, gl.TEXTURE_MAG_FILTER])
    gl.texParameteri(gl.TEXTURE_2D, parameter, gl.NEAREST);
  for (const parameter of [gl.TEXTURE_WRAP_S, gl.TEXTURE_WRAP_T])
    gl.texParameteri(gl.TEXTURE_2D, parameter, gl.CLAMP_TO_EDGE);
  gl.bindTexture(gl.TEXTURE_2D, null);
  return { texture, rows };
}
