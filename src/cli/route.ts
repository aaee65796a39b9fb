// `npm run route`: best route and alternatives between two places, as a table, JSON or CSV.
import { writeCommandOutput } from "./command-output";
import { runRouteCommandWithEngine } from "./route-command";

writeCommandOutput(await runRouteCommandWithEngine(process.argv.slice(2)));
