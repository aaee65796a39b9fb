// `npm run route`: best route and alternatives between two places, as a table, JSON or CSV.
import { runRouteCommand } from "./route-command";

const { status, stdout, stderr } = runRouteCommand(process.argv.slice(2));
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = status;
