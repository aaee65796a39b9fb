// `npm run chokepoints`: see the README's "Which corridor, and what if it closes".
import { runChokepointsCommand } from "./analysis-command";
import { writeCommandOutput } from "./command-output";

writeCommandOutput(runChokepointsCommand(process.argv.slice(2)));
