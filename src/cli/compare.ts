// `npm run compare`: see the README's "Which corridor, and what if it closes".
import { runCompareCommand } from "./analysis-command";
import { writeCommandOutput } from "./command-output";

writeCommandOutput(runCompareCommand(process.argv.slice(2)));
