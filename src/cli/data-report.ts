// `npm run data:report`: the quality of data/ per corridor (src/cli/quality-report.ts), then the
// validator's verdict; a dataset with problems gets only the problems, as from `npm run validate`.
import { writeCommandOutput } from "./command-output";
import { formatQualityReport, qualitySummaries } from "./quality-report";
import { readDataDir } from "./read-dataset";
import { terminalText } from "./terminal-text";
import { runValidateCommand } from "./validate-command";

const validation = runValidateCommand([]);
if (validation.status === 0) {
  const report = terminalText(formatQualityReport(qualitySummaries(readDataDir())));
  writeCommandOutput({ ...validation, stdout: `${report}\nValidator: ${validation.stdout}` });
} else {
  writeCommandOutput(validation);
}
