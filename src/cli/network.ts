// `npm run network`: the whole network as JSON, CSV, GeoJSON, GEXF (Gephi) or GraphML (networkx, igraph).
import { writeCommandOutput } from "./command-output";
import { runNetworkCommand } from "./network-command";

writeCommandOutput(await runNetworkCommand(process.argv.slice(2)));
