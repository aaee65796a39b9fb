// `npm run validate [-- PATH]`: checks data/ (or another data folder, or one network file) and lists every problem.
import { writeCommandOutput } from "./command-output";
import { runValidateCommand } from "./validate-command";

writeCommandOutput(runValidateCommand(process.argv.slice(2)));
