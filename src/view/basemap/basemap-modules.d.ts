// The basemap's outlines, built from world-atlas by the build's basemap plugin (src/build/basemap-plugin.ts).
declare module "virtual:basemap-overview" {
  const topology: import("topojson-specification").Topology;
  export default topology;
}
declare module "virtual:basemap-detail" {
  const topology: import("topojson-specification").Topology;
  export default topology;
}
