// `npm run route`: best route and alternatives between two places, as a table, JSON or CSV.
import { writeCommandOutput } from "./command-output";
import { runRouteCommand } from "./route-command";

writeCommandOutput(runRouteCommand(process.argv.slice(2)));
