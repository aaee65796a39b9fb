// What the compare, what-if and chokepoint blocks share: the stores, the runner and the network's names.
import type { Language } from "../../core/dataset";
import type { CsvOptions } from "../../core/export/route-csv";
import type { AnalysisRuns } from "../../state/analysis-runs";
import type { AppState } from "../../state/app-state";
import type { Store } from "../../state/store";
import type { NetworkText } from "../../text/network-text";
import type { AnalysisRunner } from "./analysis-runner";

export interface AnalysisContext {
  store: Store<AppState>;
  runner: AnalysisRunner;
  runs: Store<AnalysisRuns>;
  text: NetworkText;
  /** The network's countries (ISO codes), for the closures. */
  countries: readonly string[];
  /** The network's border crossings (place ids), for the closures. */
  crossings: readonly string[];
  /** How the tables' CSV names places: in the page's language, with a byte-order mark for Excel. */
  csvOptions: (language: Language) => CsvOptions;
}
