// A sigma edge program for straight links drawn solid, dashed or dotted (dash and gap in screen pixels).

import {
  EdgeProgram,
  type InstancedProgramDefinition,
  type ProgramAttributeSpecification,
  type ProgramInfo,
} from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";

const VARYINGS = /* glsl */ `
varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;
varying vec2 v_dash;
`;

/** The uniforms, varyings and colour bias both link programs' vertex shaders declare. */
export const LINK_DECLARATIONS = /* glsl */ `
uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_zoomRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_feather;
uniform vec2 u_resolution;

${VARYINGS}
const float bias = 255.0 / 254.0;
`;

/** The vertex's colour: the link's, or its id's when sigma draws the picking layer. */
export const LINK_COLOUR = /* glsl */ `
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
`;

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;
attribute vec2 a_dash;

${LINK_DECLARATIONS}

void main() {
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;
  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;
  float pixelsThickness = max(normalLength, u_minEdgeThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;
  gl_Position = vec4((u_matrix * vec3(position + unitNormal * webGLThickness, 1)).xy, 0, 1);
  v_thickness = webGLThickness / u_zoomRatio;
  v_normal = unitNormal;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;

  // Distance from the link's start, in screen pixels, for the dash pattern:
  vec2 start = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 end = (u_matrix * vec3(a_positionEnd, 1)).xy;
  v_along = a_positionCoef * length((end - start) * u_resolution * 0.5);
  v_dash = a_dash;
  ${LINK_COLOUR}
}
`;

/** Dashes along v_along, feathered edges, the id colour when picking (shared by both link programs). */
const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;

${VARYINGS}
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  if (v_dash.x > 0.0 && mod(v_along, v_dash.x + v_dash.y) > v_dash.x) discard;
  float dist = length(v_normal) * v_thickness;
  float t = smoothstep(v_thickness - v_feather, v_thickness, dist);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

const { UNSIGNED_BYTE } = WebGLRenderingContext;
export const { FLOAT } = WebGLRenderingContext;
export const UNIFORMS = [
  "u_matrix",
  "u_zoomRatio",
  "u_sizeRatio",
  "u_correctionRatio",
  "u_pixelRatio",
  "u_feather",
  "u_minEdgeThickness",
  "u_resolution",
] as const;
type Uniform = (typeof UNIFORMS)[number];

/** Sets the uniforms both link programs read. */
export function setLinkUniforms(
  params: RenderParams,
  { gl, uniformLocations: u }: Pick<ProgramInfo<Uniform>, "gl" | "uniformLocations">,
): void {
  gl.uniformMatrix3fv(u.u_matrix, false, params.matrix);
  gl.uniform1f(u.u_zoomRatio, params.zoomRatio);
  gl.uniform1f(u.u_sizeRatio, params.sizeRatio);
  gl.uniform1f(u.u_correctionRatio, params.correctionRatio);
  gl.uniform1f(u.u_pixelRatio, params.pixelRatio);
  gl.uniform1f(u.u_feather, params.antiAliasingFeather);
  gl.uniform1f(u.u_minEdgeThickness, params.minEdgeThickness);
  gl.uniform2f(u.u_resolution, params.width, params.height);
}

/** A link program's definition: its own vertex shader and attributes, then the dash, colour and id
 * every link carries, drawn as triangles by the shared fragment shader. */
export function linkProgramDefinition<U extends string>(
  vertexShader: string,
  uniforms: U[],
  own: ProgramAttributeSpecification[],
  constant: Pick<InstancedProgramDefinition, "CONSTANT_ATTRIBUTES" | "CONSTANT_DATA">,
): InstancedProgramDefinition<U> {
  return {
    VERTICES: constant.CONSTANT_DATA.length,
    VERTEX_SHADER_SOURCE: vertexShader,
    FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
    METHOD: WebGLRenderingContext.TRIANGLES,
    UNIFORMS: uniforms,
    ATTRIBUTES: [
      ...own,
      { name: "a_dash", size: 2, type: FLOAT },
      { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
      { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
    ],
    ...constant,
  };
}

export class DashedEdgeProgram extends EdgeProgram<Uniform> {
  getDefinition() {
    const own = ["a_positionStart", "a_positionEnd", "a_normal"].map((name) => ({
      name,
      size: 2,
      type: FLOAT,
    }));
    return linkProgramDefinition(VERTEX_SHADER, [...UNIFORMS], own, {
      CONSTANT_ATTRIBUTES: [
        { name: "a_positionCoef", size: 1, type: FLOAT },
        { name: "a_normalCoef", size: 1, type: FLOAT },
      ],
      CONSTANT_DATA: [
        [0, 1],
        [0, -1],
        [1, 1],
        [1, 1],
        [0, -1],
        [1, -1],
      ],
    });
  }

  processVisibleItem(
    edgeIndex: number,
    startIndex: number,
    source: { x: number; y: number },
    target: { x: number; y: number },
    data: { size: number; color: string; dash?: [number, number] },
  ): void {
    const thickness = data.size || 1;
    const dx = target.x - source.x;
    const dy = target.y - source.y;
    const length = Math.hypot(dx, dy) || 1;
    const [dash, gap] = data.dash ?? [0, 0];
    const values = [source.x, source.y, target.x, target.y];
    values.push((-dy / length) * thickness, (dx / length) * thickness, dash, gap);
    values.push(floatColor(data.color), edgeIndex);
    this.array.set(values, startIndex);
  }

  setUniforms(params: RenderParams, program: ProgramInfo<Uniform>): void {
    setLinkUniforms(params, program);
  }
}
