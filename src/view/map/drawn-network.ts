// The network as the page holds it: its records by id, and the drawn graph for their ends and
// neighbours, so that the page keeps one graph only.
import type { NetworkRecords } from "../../core/network-records";
import type { DisplayGraph } from "./display-graph";

export interface DrawnNetwork {
  records: NetworkRecords;
  display: DisplayGraph;
}
