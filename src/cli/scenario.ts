// `npm run scenario`: see the README's "Which corridor, and what if it closes".
import { runScenarioCommand } from "./analysis-command";
import { writeCommandOutput } from "./command-output";

writeCommandOutput(runScenarioCommand(process.argv.slice(2)));
